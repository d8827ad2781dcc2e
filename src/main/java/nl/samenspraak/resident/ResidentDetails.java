package nl.samenspraak.resident;

import java.util.regex.Pattern;
import nl.samenspraak.platform.Text;

/**
 * Contact details of a resident as given by them or by staff for them. Only the details the
 * chosen channel needs are required; the rest may be null.
 *
 * @param language "nl" or "en": the language messages to this resident are written in
 */
public record ResidentDetails(String name, String email, String phone, String postalAddress,
                              ContactChannel contactBy, String language) {

    static final int NAME_MAX = 200;
    static final int EMAIL_MAX = 254;
    static final int POSTAL_ADDRESS_MAX = 500;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ()\\-]{5,19}$");

    /** Whether this looks like an e-mail address, by the same rule as a registration. */
    static boolean validEmail(String email) {
        return email != null && email.length() <= EMAIL_MAX && EMAIL.matcher(email).matches();
    }

    /**
     * The details cleaned (blank is null, no channel is {@link ContactChannel#NONE}, a language
     * other than English is Dutch) and checked: well-formed, and what the chosen channel needs is there.
     *
     * @throws InvalidResidentException naming the field and the rule
     */
    ResidentDetails checked() {
        ContactChannel by = contactBy == null ? ContactChannel.NONE : contactBy;
        ResidentDetails d = new ResidentDetails(Text.cleanOrNull(name), Text.cleanOrNull(email),
                Text.cleanOrNull(phone), Text.cleanOrNull(postalAddress), by, "en".equals(language) ? "en" : "nl");
        if (d.name() != null && d.name().length() > NAME_MAX) {
            throw new InvalidResidentException("name", "resident.error.nameTooLong");
        }
        if (d.email() != null && !validEmail(d.email())) {
            throw new InvalidResidentException("email", "resident.error.email");
        }
        if (d.phone() != null && !PHONE.matcher(d.phone()).matches()) {
            throw new InvalidResidentException("phone", "resident.error.phone");
        }
        if (d.postalAddress() != null && d.postalAddress().length() > POSTAL_ADDRESS_MAX) {
            throw new InvalidResidentException("postalAddress", "resident.error.postalAddressTooLong");
        }
        switch (by) {
            case EMAIL -> require(d.email(), "email", "resident.error.emailRequired");
            case POST -> {
                require(d.name(), "name", "resident.error.nameRequiredForPost");
                require(d.postalAddress(), "postalAddress", "resident.error.postalAddressRequired");
            }
            case PHONE -> require(d.phone(), "phone", "resident.error.phoneRequired");
            case NONE -> { }
        }
        return d;
    }

    private static void require(String value, String field, String key) {
        if (value == null) {
            throw new InvalidResidentException(field, key);
        }
    }
}
