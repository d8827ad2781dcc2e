package nl.samenspraak.feedback.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.samenspraak.input.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns a broken rule into the field-to-message map that the form templates show next to each field. */
@Component
class FormErrors {

    private final MessageSource messages;

    FormErrors(MessageSource messages) {
        this.messages = messages;
    }

    Map<String, String> of(InvalidInputException e, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put(e.field(), messages.getMessage(e.messageKey(), null, e.messageKey(), locale));
        return errors;
    }
}
