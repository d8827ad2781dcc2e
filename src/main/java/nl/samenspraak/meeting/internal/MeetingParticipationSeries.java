package nl.samenspraak.meeting.internal;

import java.util.List;
import java.util.UUID;
import nl.samenspraak.resident.ParticipationSeries;
import org.springframework.stereotype.Component;

/** Names the meeting series on the "who is at the table" page of the resident module. */
@Component
class MeetingParticipationSeries implements ParticipationSeries {

    private final MeetingSeries series;

    MeetingParticipationSeries(MeetingSeries series) {
        this.series = series;
    }

    @Override
    public List<NamedSeries> of(UUID collaborationId) {
        return series.all(collaborationId).stream().map(s -> new NamedSeries(s.id(), s.name())).toList();
    }
}
