package nl.samenspraak.language;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checker's verdict on the texts of one form, by field name, and what the request asked for.
 *
 * @param checks         the checked fields in the order of the form; blank fields are left out
 * @param checkRequested the coordinator pressed "Controleer mijn tekst": show the verdict, store nothing
 * @param confirmed      the coordinator ticked that a text above B1 may be published anyway
 */
public record Review(Map<String, CheckedText> checks, boolean checkRequested, boolean confirmed) {

    public Review {
        checks = Collections.unmodifiableMap(new LinkedHashMap<>(checks));
    }

    /** The checked text of {@code field}, or null when the field was blank (templates test it with {@code has}). */
    public CheckedText of(String field) {
        return checks.get(field);
    }

    public boolean has(String field) {
        return checks.containsKey(field);
    }

    /** Whether any text is above B1: publishing it asks for a confirmation. */
    public boolean needsConfirmation() {
        return checks.values().stream().anyMatch(c -> !c.check().atB1());
    }

    /** A real save that must not go ahead: a text above B1 and no confirmation ticked. */
    public boolean blocksSave() {
        return !checkRequested && needsConfirmation() && !confirmed;
    }

    /** The fields whose text is above B1, in the order of the form. */
    public List<String> fieldsAboveB1() {
        return checks.entrySet().stream().filter(e -> !e.getValue().check().atB1()).map(Map.Entry::getKey).toList();
    }
}
