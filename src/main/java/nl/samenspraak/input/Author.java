package nl.samenspraak.input;

/**
 * Who gave an input and how they want to hear back. Contact details are kept only with
 * {@code consent}, and only to send the answer.
 */
public record Author(String name, String email, String postalAddress, String phone, ContactBy contactBy,
                     boolean consent) {

    public static Author anonymous() {
        return new Author(null, null, null, null, ContactBy.NONE, false);
    }
}
