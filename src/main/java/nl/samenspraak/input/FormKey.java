package nl.samenspraak.input;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.samenspraak.platform.Hashing;

/**
 * The one-time key a public or staff input form carries in a hidden field. Sending the same form
 * twice (back button, double click, two tabs with the same page) sends the same key, and the
 * intake then shows the input it already stored instead of storing a second one. Only its hash is
 * stored. A key that is not of this form counts as no key: the input is simply new.
 */
public record FormKey(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORM = Pattern.compile("^[A-Za-z0-9_-]{22}$");

    public FormKey {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a form key");
        }
    }

    /** 128 random bits, URL-safe. */
    public static FormKey random() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return new FormKey(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The key a form sent; empty for anything that is not a key this platform made. */
    public static Optional<FormKey> parse(String sent) {
        if (sent == null || !FORM.matcher(sent).matches()) {
            return Optional.empty();
        }
        return Optional.of(new FormKey(sent));
    }

    String hash() {
        return Hashing.sha256Hex("form-key:" + value);
    }
}
