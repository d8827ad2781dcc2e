package nl.samenspraak.knowledge;

/**
 * Lessons a collaboration wrote down in a period, and how many of them it shared with everyone
 * (approved for the public knowledge base).
 *
 * @param written        lessons written in the period
 * @param sharedPublicly of those, lessons now shared with everyone
 */
public record LessonsShared(int written, int sharedPublicly) {}
