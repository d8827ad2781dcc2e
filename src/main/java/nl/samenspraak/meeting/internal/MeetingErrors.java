package nl.samenspraak.meeting.internal;

import java.util.Locale;
import java.util.Map;
import nl.samenspraak.input.InvalidInputException;
import nl.samenspraak.platform.FormErrors;
import nl.samenspraak.platform.InvalidFieldException;
import nl.samenspraak.resident.InvalidResidentException;
import org.springframework.stereotype.Component;

/** Turns a broken rule, from this module or one it uses, into the field-to-text map forms show. */
@Component
class MeetingErrors {

    private final FormErrors formErrors;

    MeetingErrors(FormErrors formErrors) {
        this.formErrors = formErrors;
    }

    /** Null when the exception is not a broken rule a person can fix. */
    Map<String, String> of(RuntimeException e, Locale locale) {
        return isRule(e) ? formErrors.of((InvalidFieldException) e, locale) : null;
    }

    static boolean isRule(RuntimeException e) {
        return e instanceof InvalidMeetingException || e instanceof InvalidResidentException
                || e instanceof InvalidInputException;
    }
}
