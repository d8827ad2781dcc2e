package nl.samenspraak.reimbursement.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.samenspraak.resident.InvalidResidentException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns a broken rule into the field-to-message map the form templates show beside each field. */
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

    Map<String, String> of(InvalidResidentException e, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put(e.field(), messages.getMessage(e.messageKey(), null, e.messageKey(), locale));
        return errors;
    }
}
