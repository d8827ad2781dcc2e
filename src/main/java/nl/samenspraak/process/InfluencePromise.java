package nl.samenspraak.process;

/** What is open for input, what is fixed, who decides and when; the answer deadline lives beside it. */
public record InfluencePromise(String open, String fixed, String decides, String when) {}
