package nl.samenspraak.platform;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns a broken rule into the field-to-message map that the form templates show next to each field.
 */
@Component
public class FormErrors {

    private final MessageSource messages;

    FormErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** The field the rule belongs to, with its message in {@code locale} (the message key when there is none). */
    public Map<String, String> of(InvalidFieldException e, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put(e.field(), messages.getMessage(e.messageKey(), null, e.messageKey(), locale));
        return errors;
    }

    /** Field-to-message-key pairs a form collected itself, as the messages shown next to those fields. */
    public static Map<String, String> resolve(MessageSource messages, Map<String, String> keys, Locale locale) {
        Map<String, String> texts = new LinkedHashMap<>();
        keys.forEach((field, key) -> texts.put(field, messages.getMessage(key, null, key, locale)));
        return texts;
    }
}
