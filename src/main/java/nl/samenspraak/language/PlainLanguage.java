package nl.samenspraak.language;

import java.util.Locale;

/** Checks how easy a text is to read, and explains why: the one entry point of the checker. */
public interface PlainLanguage {

    /** Longer texts are refused: a live panel and a public page must stay fast for everyone. */
    int MAX_CHARACTERS = 20_000;

    /**
     * Checks {@code text} as Dutch when {@code language} is Dutch, as English otherwise.
     *
     * @throws TextTooLongException when the text has more than {@link #MAX_CHARACTERS} characters
     */
    TextCheck check(String text, Locale language);

    /** A text over {@link #MAX_CHARACTERS} characters. */
    final class TextTooLongException extends RuntimeException {
        public TextTooLongException(int length) {
            super("text of " + length + " characters, at most " + MAX_CHARACTERS);
        }
    }
}
