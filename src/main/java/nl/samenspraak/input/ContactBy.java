package nl.samenspraak.input;

/** How the author wants to hear what was done with the input. */
public enum ContactBy {
    EMAIL, POST, PHONE, NONE
}
