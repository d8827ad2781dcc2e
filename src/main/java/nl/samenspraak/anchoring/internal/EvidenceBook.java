package nl.samenspraak.anchoring.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.samenspraak.platform.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The two changes staff make to the monitor: add evidence, and end it from a date on. Both are audited. */
@Service
class EvidenceBook {

    private final Evidences evidences;
    private final AuditTrail audit;
    private final Clock clock;

    EvidenceBook(Evidences evidences, AuditTrail audit, Clock clock) {
        this.evidences = evidences;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    UUID add(UUID collaborationId, Evidences.NewEvidence evidence, String actor) {
        UUID id = evidences.add(collaborationId, evidence, actor, clock.instant());
        audit.record(collaborationId, actor, "anchoring.evidence.add", "anchoring_evidence", id, evidence.kind().name());
        return id;
    }

    /** False when the evidence is not this collaboration's, or the date lies before its start. */
    @Transactional
    boolean end(UUID collaborationId, UUID evidenceId, LocalDate endsOn, String actor) {
        boolean ended = evidences.end(collaborationId, evidenceId, endsOn);
        if (ended) {
            audit.record(collaborationId, actor, "anchoring.evidence.end", "anchoring_evidence", evidenceId, endsOn.toString());
        }
        return ended;
    }
}
