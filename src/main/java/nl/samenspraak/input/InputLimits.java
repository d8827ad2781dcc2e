package nl.samenspraak.input;

/**
 * The lengths an input and its answer may have, in characters after cleaning: defined once here
 * and used by the intake, the forms, the answer rule in {@link Input} and the API.
 */
public final class InputLimits {

    /** The text of an input. */
    public static final int TEXT = 10_000;
    /** The author's name. */
    public static final int NAME = 200;
    /** The author's e-mail address (RFC 5321's path limit). */
    public static final int EMAIL = 254;
    /** The author's postal address. */
    public static final int POSTAL_ADDRESS = 500;
    /** The author's phone number, as the forms and the API's documentation always said. */
    public static final int PHONE = 20;
    /** A written answer. */
    public static final int ANSWER = 20_000;
    /** The organisation an input "outside the question" was sent on to. */
    public static final int REFERRED_TO = 200;
    /** How to reach that organisation: a name, phone number, e-mail address or website. */
    public static final int REFERRED_CONTACT = 500;

    private InputLimits() {}
}
