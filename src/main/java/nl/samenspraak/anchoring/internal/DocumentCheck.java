package nl.samenspraak.anchoring.internal;

import nl.samenspraak.platform.Text;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether an uploaded document or a link may be kept as evidence. A document is a PDF, ODT,
 * DOCX, PNG or JPEG by its first bytes (and, for the two zip-based formats, by the names of the parts
 * inside), never by its name or the type the browser claims; at most 10 MB. A link must be https.
 */
final class DocumentCheck {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_LINK = 2000;
    /** What an ODT or DOCX may unpack to: far above a real document, far below what would fill a reader's disk. */
    static final long MAX_UNPACKED = 200L * 1024 * 1024;
    /** A part larger than a megabyte that packs more than this is a zip bomb, not text or pictures. */
    static final long MAX_RATIO = 200;

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    /** An OpenDocument text starts with an uncompressed entry "mimetype" holding this (ODF 1.2, 3.3). */
    private static final byte[] ODT_MIMETYPE = "mimetypeapplication/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);

    /** A document that passed, with the type it really is and a safe name to show. */
    record Checked(String contentType, String fileName, byte[] bytes) {}

    /** Why a document or link was refused: the message key shown at the field. */
    static final class Refused extends RuntimeException {
        private final String field;
        private final String messageKey;

        Refused(String field, String messageKey) {
            super(messageKey, null, false, false);
            this.field = field;
            this.messageKey = messageKey;
        }

        String field() {
            return field;
        }

        String messageKey() {
            return messageKey;
        }
    }

    private DocumentCheck() {}

    static Checked document(String originalName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new Refused("document", "anchoring.staff.error.documentEmpty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new Refused("document", "anchoring.staff.error.documentTooLarge");
        }
        String type = typeOf(bytes).orElseThrow(() -> new Refused("document", "anchoring.staff.error.documentType"));
        if (startsWith(bytes, 0, ZIP) && !unpacksSafely(bytes)) {
            throw new Refused("document", "anchoring.staff.error.documentPacked");
        }
        return new Checked(type, displayName(originalName, type), bytes);
    }

    static Optional<String> typeOf(byte[] bytes) {
        if (startsWith(bytes, 0, PDF)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(bytes, 0, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(bytes, 0, JPEG)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(bytes, 0, ZIP)) {
            // The local header of the first entry is 30 bytes, then its name, then (stored) its content.
            if (startsWith(bytes, 30, ODT_MIMETYPE)) {
                return Optional.of("application/vnd.oasis.opendocument.text");
            }
            // Part names are stored uncompressed in the zip's headers: no need to inflate anything.
            if (contains(bytes, "[Content_Types].xml") && contains(bytes, "word/document.xml")) {
                return Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            }
        }
        return Optional.empty();
    }

    /** An https address, or the refusal. Anything else (javascript:, data:, http:) is refused. */
    static String link(String value) {
        String link = value == null ? "" : value.strip();
        if (link.length() > MAX_LINK || link.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            throw new Refused("link", "anchoring.staff.error.link");
        }
        try {
            URI uri = new URI(link);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getHost().isBlank()
                    || uri.getRawUserInfo() != null) {
                throw new Refused("link", "anchoring.staff.error.link");
            }
            return "https" + link.substring(uri.getScheme().length());
        } catch (URISyntaxException e) {
            throw new Refused("link", "anchoring.staff.error.link");
        }
    }

    /** The last part of whatever path was sent, only letters, digits and a few marks, at most 80 characters. */
    static String displayName(String originalName, String type) {
        String name = Text.uploadedFileName(originalName);
        String extension = switch (type) {
            case "application/pdf" -> "pdf";
            case "image/png" -> "png";
            case "image/jpeg" -> "jpg";
            case "application/vnd.oasis.opendocument.text" -> "odt";
            default -> "docx";
        };
        // The name people see ends in what the file really is, whatever it was called.
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            return "document." + extension;
        }
        return lower.endsWith("." + extension) ? name : name + "." + extension;
    }

    /**
     * Whether a zip-based document is whole and unpacks to a sensible size, read from its central directory
     * (nothing is inflated here: the server never unpacks an upload). Whoever downloads it later unpacks it, so a
     * zip bomb, a ZIP64 archive or a cut-off file is refused.
     */
    static boolean unpacksSafely(byte[] b) {
        int end = -1;
        for (int i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xFFFF); i--) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 5 && b[i + 3] == 6) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return false;
        }
        int entries = u16(b, end + 10);
        long at = u32(b, end + 16);
        long total = 0;
        for (int n = 0; n < entries; n++) {
            if (at < 0 || at + 46 > b.length || b[(int) at] != 'P' || b[(int) at + 1] != 'K' || b[(int) at + 2] != 1
                    || b[(int) at + 3] != 2) {
                return false;
            }
            int i = (int) at;
            long packed = u32(b, i + 20);
            long size = u32(b, i + 24);
            if (packed == 0xFFFFFFFFL || size == 0xFFFFFFFFL) {
                return false;
            }
            total += size;
            if (total > MAX_UNPACKED || size > 1024 * 1024 && size > MAX_RATIO * Math.max(packed, 1)) {
                return false;
            }
            at += 46L + u16(b, i + 28) + u16(b, i + 30) + u16(b, i + 32);
        }
        return true;
    }

    private static int u16(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, long at) {
        int i = (int) at;
        return (b[i] & 0xFFL) | (b[i + 1] & 0xFFL) << 8 | (b[i + 2] & 0xFFL) << 16 | (b[i + 3] & 0xFFL) << 24;
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] magic) {
        if (bytes.length < offset + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[offset + i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
    }
}
