package nl.samenspraak.reimbursement.internal;

import nl.samenspraak.platform.Text;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Decides whether an uploaded receipt may be kept: a JPEG, PNG or PDF by its magic bytes, at most
 * 5 MB, with nothing inside that a browser or PDF reader could run. Everything else is refused
 * with a reason the resident understands.
 */
final class ReceiptCheck {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    /** Markup a browser would run if it ever sniffed the file as HTML or SVG. */
    private static final List<String> MARKUP = List.of("<script", "<html", "<svg", "<iframe", "<object", "<embed",
            "javascript:", "<!doctype");
    /** PDF actions that run code, start programs or carry other files. */
    private static final Set<String> PDF_ACTIVE = Set.of("JavaScript", "JS", "Launch", "EmbeddedFile",
            "EmbeddedFiles", "RichMedia", "XFA", "SubmitForm", "ImportData");
    private static final Pattern PDF_ACTIVE_NAME = Pattern.compile(
            "/(" + String.join("|", PDF_ACTIVE) + ")(?![A-Za-z0-9])");

    private ReceiptCheck() {}

    /** @throws InvalidClaimException on the field "receipt" */
    static Receipt check(String originalName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidClaimException("receipt", "reimbursement.error.receiptEmpty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidClaimException("receipt", "reimbursement.error.receiptTooLarge");
        }
        String type = startsWith(bytes, JPEG) ? "image/jpeg" : startsWith(bytes, PNG) ? "image/png"
                : startsWith(bytes, PDF) ? "application/pdf" : null;
        if (type == null) {
            throw new InvalidClaimException("receipt", "reimbursement.error.receiptType");
        }
        if (containsMarkup(bytes)) {
            throw new InvalidClaimException("receipt", "reimbursement.error.receiptActive");
        }
        if (type.equals("application/pdf")) {
            checkPdf(bytes);
        }
        return new Receipt(type, displayName(originalName, type), bytes);
    }

    /**
     * A name for people to read: the last part of whatever path was sent, only letters, digits and
     * a few marks, never longer than 80 characters. Storage never uses it.
     */
    static String displayName(String originalName, String type) {
        String name = Text.uploadedFileName(originalName);
        String extension = switch (type) {
            case "image/jpeg" -> "jpg";
            case "image/png" -> "png";
            default -> "pdf";
        };
        return name.isEmpty() ? "bon." + extension : name;
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsMarkup(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return MARKUP.stream().anyMatch(text::contains);
    }

    /**
     * Two looks: the raw bytes with PDF name escapes (#4A for J) undone, and every object as PDFBox
     * parses it, which also opens compressed object streams where a plain scan sees nothing.
     */
    private static void checkPdf(byte[] bytes) {
        String raw = unescapeNames(new String(bytes, StandardCharsets.ISO_8859_1));
        if (PDF_ACTIVE_NAME.matcher(raw).find()) {
            throw new InvalidClaimException("receipt", "reimbursement.error.receiptActive");
        }
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.isEncrypted()) {
                throw new InvalidClaimException("receipt", "reimbursement.error.receiptEncrypted");
            }
            for (COSObject object : document.getDocument().getXrefTable().keySet().stream()
                    .map(key -> document.getDocument().getObjectFromPool(key)).toList()) {
                COSBase value = object.getObject();
                if (value instanceof COSDictionary dictionary && active(dictionary)) {
                    throw new InvalidClaimException("receipt", "reimbursement.error.receiptActive");
                }
            }
        } catch (IOException e) {
            throw new InvalidClaimException("receipt", "reimbursement.error.receiptBrokenPdf");
        }
    }

    private static boolean active(COSDictionary dictionary) {
        for (COSName key : dictionary.keySet()) {
            if (PDF_ACTIVE.contains(key.getName())) {
                return true;
            }
        }
        COSBase action = dictionary.getDictionaryObject(COSName.S);
        return action instanceof COSName name && PDF_ACTIVE.contains(name.getName());
    }

    private static String unescapeNames(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '#' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                out.append((char) Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
