package nl.samenspraak.meeting.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.samenspraak.input.InvalidInputException;
import nl.samenspraak.resident.InvalidResidentException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns a broken rule, from this module or one it uses, into the field-to-text map forms show. */
@Component
class MeetingErrors {

    private final MessageSource messages;

    MeetingErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** Null when the exception is not a broken rule a person can fix. */
    Map<String, String> of(RuntimeException e, Locale locale) {
        String field;
        String key;
        switch (e) {
            case InvalidMeetingException m -> { field = m.field(); key = m.messageKey(); }
            case InvalidResidentException r -> { field = r.field(); key = r.messageKey(); }
            case InvalidInputException i -> { field = i.field(); key = i.messageKey(); }
            default -> { return null; }
        }
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put(field, messages.getMessage(key, null, key, locale));
        return errors;
    }

    static boolean isRule(RuntimeException e) {
        return e instanceof InvalidMeetingException || e instanceof InvalidResidentException
                || e instanceof InvalidInputException;
    }
}
