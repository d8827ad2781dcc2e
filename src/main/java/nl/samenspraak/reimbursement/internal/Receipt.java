package nl.samenspraak.reimbursement.internal;

/**
 * A checked receipt file: its type was decided from its first bytes, never from its name or the
 * browser's word, and the name is only for people to read.
 */
record Receipt(String contentType, String displayName, byte[] bytes) {

    public String extension() {
        return switch (contentType) {
            case "image/jpeg" -> "jpg";
            case "image/png" -> "png";
            default -> "pdf";
        };
    }
}
