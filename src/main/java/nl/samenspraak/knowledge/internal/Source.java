package nl.samenspraak.knowledge.internal;

/** A publication the knowledge base draws on; named on every page that uses it. */
record Source(String key, String title, String authors, int year, String publisher) {}
