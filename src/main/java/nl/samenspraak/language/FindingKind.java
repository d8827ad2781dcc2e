package nl.samenspraak.language;

/** What the checker marks in a text; the names are part of the public API. */
public enum FindingKind {
    LONG_SENTENCE, LONG_WORD, RARE_WORD, JARGON, PASSIVE, NOMINALISATION, ABSTRACT_NOUN, ENGLISH_WORD, ABBREVIATION
}
