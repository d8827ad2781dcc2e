package nl.samenspraak.input.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.samenspraak.input.Author;
import nl.samenspraak.input.ContactBy;
import nl.samenspraak.input.FormKey;
import nl.samenspraak.input.InputLimits;
import nl.samenspraak.platform.Text;

/**
 * What a resident typed into the input form on a public process page. Every field is a
 * string, so that no value a browser (or an attacker) sends can fail binding: the checks
 * here and in {@link InputIntake} decide what is wrong and say so next to the field.
 *
 * <p>{@code formKey} is the form's one-time key (hidden); sending the same form twice stores one
 * input. {@code receiptByPost} asks for a receipt letter when the answer goes by post.
 */
record ParticipationForm(String text, String publish, String name, String contactBy, String email,
                         String postalAddress, String phone, String consent, String receiptByPost, String formKey) {

    static final String CHECKED = "true";

    /** An empty form with a new one-time key. */
    static ParticipationForm empty() {
        return new ParticipationForm("", null, "", null, "", "", "", null, null, FormKey.random().value());
    }

    public boolean receiptByPostChecked() {
        return CHECKED.equals(receiptByPost);
    }

    /** The key as sent; a missing or forged one counts as none. */
    Optional<FormKey> key() {
        return FormKey.parse(formKey);
    }

    /** The key to put in the form when it is shown again: the one sent, or a new one for a form without a valid key. */
    ParticipationForm withValidKey() {
        return key().isPresent() ? this : new ParticipationForm(text, publish, name, contactBy, email, postalAddress,
                phone, consent, receiptByPost, FormKey.random().value());
    }

    public boolean publishChecked() {
        return CHECKED.equals(publish);
    }

    public boolean consentChecked() {
        return CHECKED.equals(consent);
    }

    /** The chosen way of hearing back; empty when the value is not one of the offered choices. */
    Optional<ContactBy> contactChoice() {
        if (contactBy == null || contactBy.isBlank()) {
            return Optional.of(ContactBy.NONE);
        }
        try {
            return Optional.of(ContactBy.valueOf(contactBy.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The checks that can all be shown at once, field by field (message keys). The intake
     * checks the same rules again, and the formats, because it is the one that stores.
     */
    Map<String, String> check() {
        Map<String, String> errors = new LinkedHashMap<>();
        String cleaned = Text.clean(text);
        if (cleaned.isEmpty()) {
            errors.put("text", "participate.error.textRequired");
        } else if (cleaned.length() > InputLimits.TEXT) {
            errors.put("text", "participate.error.textTooLong");
        }
        boolean reachable = filled(email) || filled(postalAddress) || filled(phone);
        Optional<ContactBy> choice = contactChoice();
        if (choice.isEmpty()) {
            errors.put("contactBy", "participate.error.contactBy");
        } else if (choice.get() == ContactBy.NONE && reachable) {
            // Otherwise the details would be dropped silently while the resident waits for a letter.
            errors.put("contactBy", "participate.error.contactByMissing");
        } else {
            switch (choice.get()) {
                case EMAIL -> requireFilled(errors, email, "email", "participate.error.emailRequired");
                case POST -> requireFilled(errors, postalAddress, "postalAddress", "participate.error.postalAddressRequired");
                case PHONE -> requireFilled(errors, phone, "phone", "participate.error.phoneRequired");
                case NONE -> { }
            }
        }
        if ((reachable || filled(name)) && !consentChecked()) {
            errors.put("consent", "participate.error.consentRequired");
        }
        return errors;
    }

    Author author() {
        return new Author(name, email, postalAddress, phone, contactChoice().orElse(ContactBy.NONE), consentChecked());
    }

    private static void requireFilled(Map<String, String> errors, String value, String field, String key) {
        if (!filled(value)) {
            errors.put(field, key);
        }
    }

    private static boolean filled(String value) {
        return !Text.clean(value).isEmpty();
    }
}
