package nl.samenspraak.account.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/** Turns field errors (field id to message key) into the texts the error summary and the fields show. */
final class AdminMessages {

    private AdminMessages() {}

    static Map<String, String> resolve(MessageSource messages, Map<String, String> keys, Locale locale) {
        Map<String, String> texts = new LinkedHashMap<>();
        keys.forEach((field, key) -> texts.put(field, messages.getMessage(key, null, key, locale)));
        return texts;
    }
}
