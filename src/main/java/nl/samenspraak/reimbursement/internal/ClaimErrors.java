package nl.samenspraak.reimbursement.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns a broken claim rule into the field-to-message map the form templates show beside each field.
 * Unlike {@code platform.FormErrors} it fills in the rule's arguments (the limit in "at most {0}").
 */
@Component
class ClaimErrors {

    private final MessageSource messages;

    ClaimErrors(MessageSource messages) {
        this.messages = messages;
    }

    Map<String, String> of(InvalidClaimException e, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put(e.field(), messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale));
        return errors;
    }
}
