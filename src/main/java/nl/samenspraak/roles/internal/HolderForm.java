package nl.samenspraak.roles.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import nl.samenspraak.platform.Ids;

/**
 * The holder form: {@code holder} is "commitment:&lt;id&gt;", "resident:&lt;id&gt;" or "staff:&lt;id&gt;"; {@code from} may stay
 * empty for a commitment (its first day is used); {@code until} empty means ongoing.
 */
record HolderForm(String holder, String from, String until) {

    enum Source { COMMITMENT, RESIDENT, STAFF }

    record Choice(Source source, UUID id) {}

    static HolderForm empty(LocalDate today) {
        return new HolderForm("", today.toString(), "");
    }

    /** The chosen holder, or empty when the value is not one the form offers (a tampered form). */
    Optional<Choice> choice() {
        if (holder == null || holder.length() > 60) {
            return Optional.empty();
        }
        int colon = holder.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        Source source = switch (holder.substring(0, colon)) {
            case "commitment" -> Source.COMMITMENT;
            case "resident" -> Source.RESIDENT;
            case "staff" -> Source.STAFF;
            default -> null;
        };
        if (source == null) {
            return Optional.empty();
        }
        return Ids.parseUuid(holder.substring(colon + 1)).map(id -> new Choice(source, id));
    }

    static Optional<LocalDate> date(String text) {
        if (text == null || text.isBlank() || text.length() > 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    boolean fromBlank() {
        return from == null || from.isBlank();
    }

    boolean untilBlank() {
        return until == null || until.isBlank();
    }
}
