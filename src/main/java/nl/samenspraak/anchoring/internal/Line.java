package nl.samenspraak.anchoring.internal;

import java.util.List;

/**
 * A sentence of the overview as a message key and its arguments, resolved per locale at the end:
 * a {@link java.time.LocalDate} argument becomes a written date, {@link Euros} an amount in euros
 * and {@link Key} the text of another message key.
 */
record Line(String key, List<Object> args) {

    static Line of(String key, Object... args) {
        return new Line(key, java.util.Arrays.asList(args));
    }

    /** An argument that is itself a message key, such as the name of a legal form. */
    record Key(String key) {}

    /** An amount of money, in cents. */
    record Euros(long cents) {}
}
