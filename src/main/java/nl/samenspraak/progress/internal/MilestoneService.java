package nl.samenspraak.progress.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.platform.Text;
import nl.samenspraak.process.Processes;
import nl.samenspraak.progress.InvalidMilestoneException;
import nl.samenspraak.progress.Milestone;
import nl.samenspraak.progress.MilestoneId;
import nl.samenspraak.progress.Milestones;
import nl.samenspraak.progress.NewMilestone;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Checks a milestone's rules, stores it with its cleaned photo, and audits it. */
@Service
class MilestoneService implements Milestones {

    /** A milestone may be announced a year ahead ("de speeltuin gaat in mei open") but not further. */
    static final int DAYS_AHEAD = 366;

    private final MilestoneRows rows;
    private final Processes processes;
    private final AuditTrail audit;
    private final Clock clock;

    MilestoneService(MilestoneRows rows, Processes processes, AuditTrail audit, Clock clock) {
        this.rows = rows;
        this.processes = processes;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public MilestoneId add(UUID collaborationId, UUID processId, NewMilestone draft, UUID staffId, String actor) {
        processes.find(collaborationId, processId).orElseThrow(NotFoundException::new);
        if (draft.kind() == null) {
            throw new InvalidMilestoneException("kind", "progress.error.kind");
        }
        LocalDate date = draft.date();
        if (date == null) {
            throw new InvalidMilestoneException("date", "progress.error.date");
        }
        if (date.isAfter(LocalDate.now(clock).plusDays(DAYS_AHEAD)) || date.getYear() < 2000) {
            throw new InvalidMilestoneException("date", "progress.error.dateRange");
        }
        String title = Text.clean(draft.title());
        if (title.isEmpty() || title.length() > TITLE) {
            throw new InvalidMilestoneException("title", title.isEmpty() ? "progress.error.title" : "progress.error.titleLength");
        }
        String text = Text.clean(draft.text());
        if (text.isEmpty() || text.length() > TEXT) {
            throw new InvalidMilestoneException("text", text.isEmpty()
                    ? (draft.kind() == nl.samenspraak.progress.MilestoneKind.DELAY_NOTICE ? "progress.error.reason" : "progress.error.text")
                    : "progress.error.textLength");
        }
        Photo photo = null;
        String alt = Text.clean(draft.photoAlt());
        if (draft.photo() != null && draft.photo().length > 0) {
            photo = Photo.of(draft.photo());
            if (alt.isEmpty()) {
                throw new InvalidMilestoneException("photoAlt", "progress.error.photoAlt");
            }
            if (alt.length() > PHOTO_ALT) {
                throw new InvalidMilestoneException("photoAlt", "progress.error.photoAltLength");
            }
        }
        MilestoneId id = new MilestoneId(UUID.randomUUID());
        rows.insert(id, collaborationId, processId, draft.kind(), date, title, text, photo, alt, staffId, clock.instant());
        audit.record(collaborationId, actor, "progress.add", "milestone", id.value(), draft.kind().name());
        return id;
    }

    @Override
    public List<Milestone> ofProcess(UUID collaborationId, UUID processId) {
        return rows.ofProcess(collaborationId, processId);
    }

    @Override
    public List<Milestone> ofCollaboration(UUID collaborationId) {
        return rows.ofCollaboration(collaborationId);
    }
}
