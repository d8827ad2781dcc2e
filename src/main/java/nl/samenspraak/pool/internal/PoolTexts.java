package nl.samenspraak.pool.internal;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes the pool's messages from the bundle, in the reader's language, with full links. */
@Component
class PoolTexts {

    /** Staff read Dutch: the platform's staff side is Dutch first. */
    static final Locale STAFF = Locale.forLanguageTag("nl");

    record Message(String subject, String body) {}

    private final MessageSource messages;
    private final String baseUrl;

    PoolTexts(MessageSource messages, @Value("${samenspraak.base-url}") String baseUrl) {
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    String url(String path) {
        return baseUrl + path;
    }

    String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** {@code pool.mail.<kind>.subject} and {@code .body} with the same arguments. */
    Message compose(String kind, Locale locale, Object... args) {
        return new Message(text("pool.mail." + kind + ".subject", locale, args),
                text("pool.mail." + kind + ".body", locale, args));
    }
}
