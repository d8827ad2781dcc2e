package nl.samenspraak.feedback.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.samenspraak.feedback.DecisionId;
import nl.samenspraak.input.FeedbackStatus;
import nl.samenspraak.input.FollowCode;
import nl.samenspraak.input.Input;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Texts that mails, letters and the call list share: status in words, the quoted input, links. */
@Component
class AnswerTexts {

    /** Letters and mails go out in Dutch: the author gave their input on a Dutch platform. */
    static final Locale DUTCH = Locale.forLanguageTag("nl");
    /** How much of the input a mail or letter quotes, so that a long text does not bury the answer. */
    static final int QUOTE_LENGTH = 500;

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);

    private final MessageSource messages;
    private final String baseUrl;

    AnswerTexts(MessageSource messages, @Value("${samenspraak.base-url}") String baseUrl) {
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    String message(String key, Object... args) {
        return messages.getMessage(key, args, DUTCH);
    }

    /** A text in the author's language ({@link nl.samenspraak.input.Input#locale()}). */
    String message(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    String status(FeedbackStatus status, Locale locale) {
        return messages.getMessage("feedback.status." + status.name(), null, locale);
    }

    String status(FeedbackStatus status) {
        return status(status, DUTCH);
    }

    /**
     * The answer as the author reads it on paper or hears it by phone: the written answer and, for
     * "outside the question", where the input was sent on to and how to reach them.
     */
    String answerWithReferral(Input input, Locale locale) {
        String answer = input.answer() == null ? "" : input.answer();
        String referral = referral(input, locale);
        return referral.isEmpty() ? answer : answer + "\n\n" + referral;
    }

    /** "Doorgestuurd naar: …" and, when known, how to reach them; empty without a referral. */
    String referral(Input input, Locale locale) {
        if (input.referral() == null) {
            return "";
        }
        String text = message(locale, "feedback.referral.sentTo", input.referral().organisation());
        return input.referral().contact() == null ? text
                : text + '\n' + message(locale, "feedback.referral.contact", input.referral().contact());
    }

    /** The page where anyone can look up an input with its follow code. */
    String lookupUrl() {
        return baseUrl + "/volg";
    }

    String followUrl(FollowCode code) {
        return baseUrl + "/volg/" + code.display();
    }

    /** The public page of a decision. */
    String decisionUrl(DecisionId id) {
        return baseUrl + "/besluiten/" + id.value();
    }

    static String longDate(LocalDate date) {
        return date == null ? "" : LONG_DATE.format(date);
    }

    /** "14 december 2026", or "14 December 2026" for an English reader. */
    static String longDate(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }

    /** The first {@link #QUOTE_LENGTH} characters, cut between whole characters (never inside an emoji). */
    static String quote(String text) {
        if (text == null) {
            return "";
        }
        if (text.codePointCount(0, text.length()) <= QUOTE_LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, QUOTE_LENGTH)).strip() + " …";
    }
}
