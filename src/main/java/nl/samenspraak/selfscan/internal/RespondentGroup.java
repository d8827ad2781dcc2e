package nl.samenspraak.selfscan.internal;

import java.util.Optional;

/** The only thing a respondent says about themselves. */
enum RespondentGroup {
    RESIDENT, PROFESSIONAL;

    static Optional<RespondentGroup> parse(String value) {
        for (RespondentGroup g : values()) {
            if (g.name().equals(value)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
