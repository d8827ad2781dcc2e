package nl.samenspraak.meeting.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.platform.Text;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The recurring structures of a collaboration. */
@Service
class MeetingSeries {

    private static final String COLUMNS = "s.id, s.collaboration_id, s.name, s.purpose, s.cadence, s.planned_per_year, s.starts_on";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    MeetingSeries(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    List<Series> all(UUID collaborationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM meeting_series s WHERE s.collaboration_id = :c ORDER BY lower(s.name), s.seq")
                .param("c", collaborationId).query(ROW).list();
    }

    Optional<Series> find(UUID collaborationId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM meeting_series s WHERE s.id = :id AND s.collaboration_id = :c")
                .param("id", id).param("c", collaborationId).query(ROW).optional();
    }

    @Transactional
    UUID create(UUID collaborationId, SeriesForm form, String actor) {
        String name = Text.clean(form.getName());
        String purpose = Text.clean(form.getPurpose());
        if (name.isEmpty()) {
            throw new InvalidMeetingException("name", "meeting.error.seriesNameRequired");
        }
        if (name.length() > 200) {
            throw new InvalidMeetingException("name", "meeting.error.tooLong200");
        }
        if (purpose.isEmpty()) {
            throw new InvalidMeetingException("purpose", "meeting.error.purposeRequired");
        }
        if (purpose.length() > 2000) {
            throw new InvalidMeetingException("purpose", "meeting.error.tooLong2000");
        }
        Series.Cadence cadence = Arrays.stream(Series.Cadence.values()).filter(c -> c.name().equals(form.getCadence()))
                .findFirst().orElseThrow(() -> new InvalidMeetingException("cadence", "meeting.error.cadence"));
        int planned = MeetingForm.number(form.getPlannedPerYear(), "plannedPerYear", "meeting.error.plannedPerYear");
        if (planned < 1 || planned > 60) {
            throw new InvalidMeetingException("plannedPerYear", "meeting.error.plannedPerYear");
        }
        LocalDate startsOn;
        try {
            startsOn = LocalDate.parse(Text.clean(form.getStartsOn()));
        } catch (DateTimeParseException e) {
            throw new InvalidMeetingException("startsOn", "meeting.error.date");
        }
        LocalDate today = LocalDate.now(clock);
        if (startsOn.isBefore(today.minusYears(10)) || startsOn.isAfter(today.plusYears(2))) {
            throw new InvalidMeetingException("startsOn", "meeting.error.dateRange");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO meeting_series (id, collaboration_id, name, purpose, cadence, planned_per_year, starts_on, created_at)
                VALUES (:id, :c, :name, :purpose, :cadence, :planned, :startsOn, :now)
                """)
                .param("id", id).param("c", collaborationId).param("name", name).param("purpose", purpose)
                .param("cadence", cadence.name()).param("planned", planned).param("startsOn", startsOn)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        audit.record(collaborationId, actor, "meeting.series.create", "meeting_series", id, "created");
        return id;
    }

    private static final RowMapper<Series> ROW = (rs, n) -> new Series(rs.getObject("id", UUID.class),
            rs.getObject("collaboration_id", UUID.class), rs.getString("name"), rs.getString("purpose"),
            Series.Cadence.valueOf(rs.getString("cadence")), rs.getInt("planned_per_year"),
            rs.getObject("starts_on", LocalDate.class));
}
