package nl.samenspraak.feedback;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.List;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a batch of letters to one accessible PDF (PDF/UA, PDF/A-3a): the Thymeleaf
 * template escapes everything people typed, openhtmltopdf lays it out with a bundled font.
 */
@Component
class LetterPdf {

    static final String TEMPLATE = "feedback/letter";
    static final String FONT = "DejaVu Sans";

    /** One letter; every field is plain text that the template escapes. */
    record Letter(String followCode, String name, String postalAddress, String processTitle, String inputText,
                  String status, String answer) {}

    /** What all letters of a batch share. */
    record Batch(String title, String date, String collaborationName, String lookupUrl, String contactName,
                 String contactEmail, List<Letter> letters) {}

    /** The PDF could not be made; the caller's transaction rolls back so nothing is marked printed. */
    static class PdfFailedException extends RuntimeException {
        PdfFailedException(Throwable cause) {
            super("letter PDF failed", cause);
        }
    }

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private final ITemplateEngine templates;

    LetterPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(Batch batch) {
        try {
            Context context = new Context(AnswerTexts.DUTCH);
            context.setVariable("batch", xmlSafe(batch));
            String xhtml = templates.process(TEMPLATE, context);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
            builder.useColorProfile(SRGB);
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (Exception | LinkageError e) {
            throw new PdfFailedException(e);
        }
    }

    private static InputStream font(String file) {
        return LetterPdf.class.getResourceAsStream("/fonts/" + file);
    }

    private static Batch xmlSafe(Batch b) {
        return new Batch(xmlSafe(b.title()), xmlSafe(b.date()), xmlSafe(b.collaborationName()), xmlSafe(b.lookupUrl()),
                xmlSafe(b.contactName()), xmlSafe(b.contactEmail()),
                b.letters().stream().map(l -> new Letter(xmlSafe(l.followCode()), xmlSafe(l.name()),
                        xmlSafe(l.postalAddress()), xmlSafe(l.processTitle()), xmlSafe(l.inputText()),
                        xmlSafe(l.status()), xmlSafe(l.answer()))).toList());
    }

    /**
     * Escaping keeps markup out, but the XHTML parser also refuses characters XML does not
     * allow at all (lone surrogates, U+FFFE); those are dropped rather than failing a batch.
     */
    static String xmlSafe(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(LetterPdf::allowedInXml).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
