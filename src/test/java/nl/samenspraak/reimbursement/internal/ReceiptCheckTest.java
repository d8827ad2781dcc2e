package nl.samenspraak.reimbursement.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.junit.jupiter.api.Test;

/** Receipts are judged by their bytes: real photos and PDFs pass, anything that could run is refused. */
class ReceiptCheckTest {

    @Test
    void acceptsJpegPngAndPdfByTheirFirstBytesWhateverTheirName() {
        assertThat(ReceiptCheck.check("bon.pdf", ClaimFixtures.jpeg()).contentType()).isEqualTo("image/jpeg");
        assertThat(ReceiptCheck.check("foto.jpg", ClaimFixtures.png()).contentType()).isEqualTo("image/png");
        assertThat(ReceiptCheck.check("scan.png", ClaimFixtures.pdf()).contentType()).isEqualTo("application/pdf");
    }

    @Test
    void refusesOtherTypesEvenWithAnImageName() {
        assertRefused("kaartje.gif", "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1), "reimbursement.error.receiptType");
        assertRefused("bon.png", "MZ\u0090\u0000 program".getBytes(StandardCharsets.ISO_8859_1), "reimbursement.error.receiptType");
        assertRefused("bon.png", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8),
                "reimbursement.error.receiptType");
        assertRefused("bon.jpg", "<!DOCTYPE html><html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8),
                "reimbursement.error.receiptType");
    }

    @Test
    void refusesImagesWithMarkupHiddenInside() {
        byte[] polyglot = concat(ClaimFixtures.png(), "<html><script>alert(document.cookie)</script>".getBytes(StandardCharsets.UTF_8));
        assertRefused("bon.png", polyglot, "reimbursement.error.receiptActive");
        assertRefused("bon.jpg", concat(ClaimFixtures.jpeg(), "<SVG onload=x>".getBytes(StandardCharsets.UTF_8)),
                "reimbursement.error.receiptActive");
    }

    @Test
    void refusesPdfsWithScriptsLaunchActionsOrEmbeddedFiles() {
        for (String active : new String[] {"/JavaScript", "/JS", "/Launch", "/EmbeddedFile", "/J#61vaScript"}) {
            String pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog /OpenAction << /S " + active + " (app.alert(1)) >> >> endobj\n%%EOF";
            assertRefused("bon.pdf", pdf.getBytes(StandardCharsets.ISO_8859_1), "reimbursement.error.receiptActive");
        }
    }

    @Test
    void refusesScriptsHiddenInCompressedObjectStreams() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            PDActionJavaScript script = new PDActionJavaScript("app.alert('hallo')");
            document.getDocumentCatalog().setOpenAction(script);
            document.save(out);
            assertThat(new String(out.toByteArray(), StandardCharsets.ISO_8859_1)).doesNotContain("/JavaScript");
            assertRefused("bon.pdf", out.toByteArray(), "reimbursement.error.receiptActive");
        }
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            PDActionLaunch launch = new PDActionLaunch();
            document.getDocumentCatalog().setOpenAction(launch);
            document.save(out);
            assertRefused("bon.pdf", out.toByteArray(), "reimbursement.error.receiptActive");
        }
    }

    @Test
    void refusesEmptyOversizedAndBrokenFiles() {
        assertRefused("bon.png", new byte[0], "reimbursement.error.receiptEmpty");
        byte[] huge = Arrays.copyOf(ClaimFixtures.jpeg(), ReceiptCheck.MAX_BYTES + 1);
        assertRefused("bon.jpg", huge, "reimbursement.error.receiptTooLarge");
        assertRefused("bon.pdf", "%PDF-1.7\nthis is not really a pdf".getBytes(StandardCharsets.ISO_8859_1),
                "reimbursement.error.receiptBrokenPdf");
    }

    @Test
    void keepsOnlyACleanedDisplayNameNeverAPath() {
        assertThat(ReceiptCheck.check("../../etc/passwd", ClaimFixtures.png()).displayName()).isEqualTo("passwd");
        assertThat(ReceiptCheck.check("C:\\Users\\ans\\bon<script>.jpg", ClaimFixtures.jpeg()).displayName())
                .isEqualTo("bon_script_.jpg");
        assertThat(ReceiptCheck.check("..", ClaimFixtures.png()).displayName()).isEqualTo("bon.png");
        assertThat(ReceiptCheck.check("kaartje bus €.jpg", ClaimFixtures.jpeg()).displayName()).isEqualTo("kaartje bus _.jpg");
    }

    private static void assertRefused(String name, byte[] bytes, String key) {
        assertThatThrownBy(() -> ReceiptCheck.check(name, bytes)).isInstanceOfSatisfying(InvalidClaimException.class, e -> {
            assertThat(e.field()).isEqualTo("receipt");
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
