package nl.samenspraak.collaboration;

/**
 * How residents reach the collaboration without internet: a phone number and a postal address
 * (lines separated by a newline). Letters print both. Either is empty when not filled in.
 */
public record CollaborationContact(String phone, String postalAddress) {

    public static final int MAX_PHONE = 40;
    public static final int MAX_ADDRESS = 300;
    public static final CollaborationContact NONE = new CollaborationContact("", "");

    public CollaborationContact {
        phone = phone == null ? "" : phone.strip();
        postalAddress = postalAddress == null ? "" : postalAddress.strip();
    }

    public boolean hasPhone() {
        return !phone.isEmpty();
    }

    public boolean hasPostalAddress() {
        return !postalAddress.isEmpty();
    }
}
