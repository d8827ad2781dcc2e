package nl.samenspraak.anchoring;

import java.time.LocalDate;

/**
 * Something that supports a strategy and ends within twelve months of the day asked about:
 * funding that ends, a role holding or a commitment that ends.
 *
 * @param what   what ends, already in the requested language (e.g. "Subsidie Gezond Texel (project)")
 * @param endsOn the last day it counts
 */
public record RunningOut(String what, LocalDate endsOn) {}
