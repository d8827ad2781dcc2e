package nl.samenspraak.selfscan.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.samenspraak.knowledge.Theme;

/**
 * One statement of the scan. The key is stable: rounds store it, and its text lives in the
 * bundle as {@code selfscan.statement.<key>}. A retired statement keeps its text in the
 * bundle, so that older rounds still read well.
 */
record Statement(String key, Theme theme) {

    /** Two statements per theme, each answerable by a resident and a professional alike. */
    static final int PER_THEME = 2;

    /** The statements a new round asks, in the order of the themes. */
    static List<Statement> current() {
        List<Statement> all = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            for (int i = 1; i <= PER_THEME; i++) {
                all.add(new Statement(theme.key() + "-" + i, theme));
            }
        }
        return List.copyOf(all);
    }

    /** The name of the form field that carries the answer; also the id of its first radio button. */
    public String field() {
        return "s-" + key;
    }

    static Optional<Theme> theme(String themeKey) {
        return Theme.byKey(themeKey);
    }
}
