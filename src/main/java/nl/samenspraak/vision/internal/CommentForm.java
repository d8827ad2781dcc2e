package nl.samenspraak.vision.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.samenspraak.platform.Text;

/**
 * A comment or proposal as typed, by a resident on their own page or by staff. {@code naming} is
 * {@code FIRST_NAME} or {@code ANONYMOUS} ("een inwoner"); {@code who} on the staff form is {@code STAFF}
 * (my own comment) or {@code MEETING} (a resident's, written down in a meeting).
 */
record CommentForm(String kind, String passage, String text, String naming, String firstName, String organisation,
                   String who) {

    static final String FIRST_NAME = "FIRST_NAME";
    static final String ANONYMOUS = "ANONYMOUS";
    static final String MEETING = "MEETING";
    static final String STAFF = "STAFF";

    static CommentForm forResident(String firstName) {
        return new CommentForm(CommentKind.COMMENT.name(), "", "", firstName == null ? ANONYMOUS : FIRST_NAME,
                firstName == null ? "" : firstName, null, null);
    }

    static CommentForm forStaff() {
        return new CommentForm(CommentKind.COMMENT.name(), "", "", ANONYMOUS, "", "", STAFF);
    }

    boolean fromMeeting() {
        return MEETING.equals(who);
    }

    /** Field to message key in the order of the form; empty when the comment may be stored. */
    Map<String, String> check(String draft, boolean byResident) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (kindOrNull() == null) {
            errors.put("kind", "vision.error.kind");
        }
        String p = Text.clean(passage);
        if (p.length() > VisionService.PASSAGE) {
            errors.put("passage", "vision.error.passageTooLong");
        } else if (!p.isEmpty() && !squeeze(draft).contains(squeeze(p))) {
            errors.put("passage", "vision.error.passageNotFound");
        }
        String t = Text.clean(text);
        if (t.isBlank()) {
            errors.put("text", "vision.error.textRequired");
        } else if (t.length() > VisionService.COMMENT) {
            errors.put("text", "vision.error.commentTooLong");
        }
        if (byResident) {
            if (!FIRST_NAME.equals(naming) && !ANONYMOUS.equals(naming)) {
                errors.put("naming", "vision.error.naming");
            } else if (FIRST_NAME.equals(naming)) {
                String name = Text.clean(firstName);
                if (name.isBlank()) {
                    errors.put("firstName", "vision.error.firstNameRequired");
                } else if (name.length() > VisionService.FIRST_NAME) {
                    errors.put("firstName", "vision.error.firstNameTooLong");
                }
            }
        } else if (Text.clean(organisation).length() > VisionService.ORGANISATION) {
            errors.put("organisation", "vision.error.organisationTooLong");
        }
        return errors;
    }

    /** The name to show: the first name the resident chose, or null for "een inwoner". */
    String shownName() {
        return FIRST_NAME.equals(naming) ? Text.cleanOrNull(firstName) : null;
    }

    CommentKind kindOrNull() {
        for (CommentKind k : CommentKind.values()) {
            if (k.name().equals(kind)) {
                return k;
            }
        }
        return null;
    }

    private static String squeeze(String s) {
        return Text.clean(s).replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
