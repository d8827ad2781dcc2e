package nl.samenspraak.anchoring.internal;

/** The legal forms a collaboration can take; NONE is recorded to say so on a date. */
enum LegalForm { ASSOCIATION, FOUNDATION, COOPERATIVE, FLASH_COOPERATIVE, NONE }
