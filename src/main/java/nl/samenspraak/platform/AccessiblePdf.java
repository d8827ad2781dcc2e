package nl.samenspraak.platform;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf XHTML template to an accessible PDF (PDF/UA, PDF/A-3a) with the bundled
 * DejaVu font, for letters and reports people print or archive. The template escapes everything
 * people typed; pass strings through {@link #xmlSafe} first, because the XHTML parser refuses
 * characters XML does not allow at all. The template's CSS must use {@link #FONT}.
 */
@Component
public class AccessiblePdf {

    public static final String FONT = "DejaVu Sans";

    /** The PDF could not be made; callers let their transaction roll back. */
    public static class PdfFailedException extends RuntimeException {
        PdfFailedException(Throwable cause) {
            super("PDF failed", cause);
        }
    }

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private final ITemplateEngine templates;

    AccessiblePdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    public byte[] render(String template, Map<String, Object> variables, Locale locale) {
        try {
            Context context = new Context(locale, variables);
            String xhtml = templates.process(template, context);
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
        return AccessiblePdf.class.getResourceAsStream("/fonts/" + file);
    }

    /** Drops characters XML forbids (lone surrogates, U+FFFE) rather than failing a whole document. */
    public static String xmlSafe(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(AccessiblePdf::allowedInXml).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
