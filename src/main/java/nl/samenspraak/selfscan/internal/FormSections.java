package nl.samenspraak.selfscan.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspraak.knowledge.Theme;

/** The statements of a round laid out for the form: by kind of theme (h2), then by theme (h3). */
record FormSections(List<Kind> kinds) {

    record ThemeStatements(Theme theme, List<Statement> statements) {}

    record Kind(Theme.Kind kind, List<ThemeStatements> themes) {}

    static FormSections of(List<Statement> statements) {
        Map<Theme.Kind, Map<Theme, List<Statement>>> grouped = new LinkedHashMap<>();
        for (Statement s : statements) {
            grouped.computeIfAbsent(s.theme().kind(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(s.theme(), t -> new ArrayList<>()).add(s);
        }
        List<Kind> kinds = new ArrayList<>();
        grouped.forEach((kind, themes) -> kinds.add(new Kind(kind, themes.entrySet().stream()
                .map(e -> new ThemeStatements(e.getKey(), List.copyOf(e.getValue()))).toList())));
        return new FormSections(kinds);
    }
}
