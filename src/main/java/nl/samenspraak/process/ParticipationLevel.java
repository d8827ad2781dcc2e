package nl.samenspraak.process;

/**
 * The governance styles of Pröpper's ladder (seed 004, Box 1), lowest influence first.
 * Residents see each as their own role in plain words (message key {@code process.level.<NAME>.role}).
 */
public enum ParticipationLevel {
    INFORMING, CONSULTING, ADVISING, DELEGATING, COOPERATING, FACILITATING
}
