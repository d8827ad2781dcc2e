package nl.samenspraak.platform;

import java.util.List;
import java.util.Locale;

/** The interface languages; a language is added by adding message bundles and a line here. */
public final class SupportedLanguages {
    public static final List<Locale> ALL = List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH);

    private SupportedLanguages() {}
}
