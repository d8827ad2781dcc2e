package nl.samenspraak.anchoring.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.anchoring.AnchoringRoleCases;
import org.springframework.context.ApplicationContext;

/** Evidence made through the module's own use case, for tests outside this package (via META-INF/services). */
public final class AnchoringTestData implements AnchoringRoleCases {

    /** A real one-page PDF, as the demo makes them. */
    static final byte[] PDF = AnchoringDemo.pdf("Beschikking");

    @Override
    public Map<String, String> evidenceWithDocument(ApplicationContext context, UUID collaborationId) {
        return anEvidenceWithDocument(context, collaborationId);
    }

    static Map<String, String> anEvidenceWithDocument(ApplicationContext context, UUID collaborationId) {
        EvidenceBook book = context.getBean(EvidenceBook.class);
        UUID id = book.add(collaborationId, new Evidences.NewEvidence(EvidenceKind.FUNDING, "Subsidie Samen Gezond",
                LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), null, null, "Gemeente", 2_500_000L,
                FundingKind.PROJECT, null, null, new DocumentCheck.Checked("application/pdf", "beschikking.pdf", PDF)),
                "test");
        UUID document = context.getBean(Evidences.class).find(collaborationId, id).orElseThrow().documentId();
        return Map.of("{evidenceId}", id.toString(), "{documentId}", document.toString());
    }
}
