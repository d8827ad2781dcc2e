package nl.samenspraak.anchoring.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/** Evidence made through the module's own use case, for tests outside this package. */
public final class AnchoringTestData {

    /** The smallest thing that starts like a PDF: enough for the magic-byte check. */
    public static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private AnchoringTestData() {}

    public static Map<String, String> anEvidenceWithDocument(ApplicationContext context, UUID collaborationId) {
        EvidenceBook book = context.getBean(EvidenceBook.class);
        UUID id = book.add(collaborationId, new Evidences.NewEvidence(EvidenceKind.FUNDING, "Subsidie Samen Gezond",
                LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), null, null, "Gemeente", 2_500_000L,
                FundingKind.PROJECT, null, null, new DocumentCheck.Checked("application/pdf", "beschikking.pdf", PDF)),
                "test");
        UUID document = context.getBean(Evidences.class).find(collaborationId, id).orElseThrow().documentId();
        return Map.of("{evidenceId}", id.toString(), "{documentId}", document.toString());
    }
}
