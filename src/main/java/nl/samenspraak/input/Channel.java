package nl.samenspraak.input;

/** How an input reached the collaboration. */
public enum Channel {
    ONLINE, MEETING, DOOR_TO_DOOR, PAPER, PHONE, OPTROMMELEN
}
