package nl.samenspraak.input;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * A short code to look up an input without an account: eight characters from an
 * alphabet without look-alikes (no 0/O, 1/I/L), shown as {@code ABCD-EFGH} so that it
 * can be read over the phone and typed from a letter.
 */
public record FollowCode(String value) {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    public FollowCode {
        if (value == null || value.length() != LENGTH || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("not a follow code");
        }
    }

    static FollowCode random() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return new FollowCode(new String(code));
    }

    /** Reads what a person typed: case, spaces and dashes do not matter; look-alikes are forgiven. */
    public static Optional<FollowCode> parse(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder();
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (Character.isWhitespace(c) || c == '-' || c == '.') {
                continue;
            }
            code.append(c);
        }
        String value = code.toString();
        if (value.length() != LENGTH || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(new FollowCode(value));
    }

    /** As printed and shown: {@code ABCD-EFGH}. */
    public String display() {
        return value.substring(0, 4) + "-" + value.substring(4);
    }

    @Override
    public String toString() {
        return display();
    }
}
