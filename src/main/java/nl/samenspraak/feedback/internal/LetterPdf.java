package nl.samenspraak.feedback.internal;

import java.util.List;
import java.util.Map;
import nl.samenspraak.platform.AccessiblePdf;
import org.springframework.stereotype.Component;

/**
 * Renders a batch of letters to one accessible PDF (PDF/UA, PDF/A-3a): the Thymeleaf
 * template escapes everything people typed, openhtmltopdf lays it out with a bundled font.
 */
@Component
class LetterPdf {

    static final String TEMPLATE = "feedback/letter";
    static final String FONT = AccessiblePdf.FONT;

    /**
     * One letter; every field is plain text that the template escapes. An answer letter has a
     * status and answer; any other notice a heading and message instead. {@code words} gives the
     * letter's own texts in its author's language, so one batch can hold Dutch and English letters.
     */
    record Letter(String followCode, String name, String postalAddress, String processTitle, String inputText,
                  String status, String answer, String heading, String message, Words words) {}

    /** The fixed texts of one letter, in the language of its author. */
    record Words(AnswerTexts texts, java.util.Locale locale, String date) {
        public String t(String key, Object... args) {
            return texts.message(locale, key, args);
        }

        public String language() {
            return locale.getLanguage();
        }
    }

    /**
     * What all letters of a batch share; {@code contactPhone} and {@code contactAddress} (lines
     * separated by newlines) are the collaboration's, null when not filled in.
     */
    record Batch(String title, String date, String collaborationName, String lookupUrl, String contactName,
                 String contactEmail, String contactPhone, String contactAddress, List<Letter> letters) {}

    /** The PDF could not be made; the caller's transaction rolls back so nothing is marked printed. */
    static class PdfFailedException extends RuntimeException {
        PdfFailedException(Throwable cause) {
            super("letter PDF failed", cause);
        }
    }

    private final AccessiblePdf pdf;

    LetterPdf(AccessiblePdf pdf) {
        this.pdf = pdf;
    }

    byte[] render(Batch batch) {
        try {
            return pdf.render(TEMPLATE, Map.of("batch", xmlSafe(batch)), AnswerTexts.DUTCH);
        } catch (AccessiblePdf.PdfFailedException e) {
            throw new PdfFailedException(e);
        }
    }

    private static Batch xmlSafe(Batch b) {
        return new Batch(xmlSafe(b.title()), xmlSafe(b.date()), xmlSafe(b.collaborationName()), xmlSafe(b.lookupUrl()),
                xmlSafe(b.contactName()), xmlSafe(b.contactEmail()), xmlSafe(b.contactPhone()), xmlSafe(b.contactAddress()),
                b.letters().stream().map(l -> new Letter(xmlSafe(l.followCode()), xmlSafe(l.name()),
                        xmlSafe(l.postalAddress()), xmlSafe(l.processTitle()), xmlSafe(l.inputText()),
                        xmlSafe(l.status()), xmlSafe(l.answer()), xmlSafe(l.heading()), xmlSafe(l.message()), l.words())).toList());
    }

    private static String xmlSafe(String text) {
        return AccessiblePdf.xmlSafe(text);
    }
}
