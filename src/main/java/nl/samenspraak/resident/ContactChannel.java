package nl.samenspraak.resident;

/** How a resident wants to hear from the collaboration. NONE: only on the spot or through staff. */
public enum ContactChannel { EMAIL, POST, PHONE, NONE }
