package nl.samenspraak.feedback.internal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import nl.samenspraak.feedback.DecisionState;
import nl.samenspraak.feedback.DecisionUpdate;
import nl.samenspraak.feedback.PublicDecision;
import nl.samenspraak.input.ContactBy;
import nl.samenspraak.input.Input;
import nl.samenspraak.input.InputContacts;
import nl.samenspraak.platform.Dates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the notice that tells an author about a decision on their input, in plain language (B1)
 * and in the author's language: what was decided, how far it is, that their input keeps its own
 * answer, where to read more and how to stop this news. Plain text, so nothing staff typed can
 * become markup. The stop link is in the e-mail and the letter; a call cannot read out a link.
 */
@Component
class DecisionNewsMail {

    /** What a change says: the decision as taken (change 0) or one of its updates. */
    record Change(PublicDecision decision, int number, Optional<DecisionUpdate> update) {}

    private final MessageSource messages;
    private final Dates dates;
    private final String baseUrl;

    DecisionNewsMail(MessageSource messages, Dates dates, @Value("${samenspraak.base-url}") String baseUrl) {
        this.messages = messages;
        this.dates = dates;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    static Change change(PublicDecision decision, int number) {
        return new Change(decision, number, decision.updates().stream().filter(u -> u.number() == number).findFirst());
    }

    String decisionUrl(PublicDecision decision) {
        return baseUrl + "/besluiten/" + decision.id().value();
    }

    String stopUrl(String token) {
        return baseUrl + "/nieuws-stoppen/" + token;
    }

    /**
     * @param stopToken the personal stop link's token, or null when the notice has none (a call)
     */
    Notices.Notice compose(Input input, InputContacts.Contact contact, Change change, String processTitle,
                           String collaborationName, String stopToken, Locale locale) {
        PublicDecision decision = change.decision();
        String facts = facts(input, change, processTitle, stopToken, locale);
        String withoutLink = facts(input, change, processTitle, null, locale);
        String greeting = contact.name() == null ? text(locale, "feedback.news.greetingNoName")
                : text(locale, "feedback.news.greeting", contact.name());
        String body = greeting + "\n\n" + facts + "\n\n" + text(locale, "feedback.news.closing") + "\n"
                + collaborationName + "\n";
        if (!"en".equals(locale.getLanguage())) {
            // Until the author's own language is known, one line points readers of English to the decision.
            body += "\n-- \n" + text(locale, "feedback.news.english", decisionUrl(decision) + "?lang=en") + "\n";
        }
        String subjectKey = change.number() == 0 ? "feedback.news.subject.new" : "feedback.news.subject.update";
        String heading = text(locale, subjectKey, decision.title());
        // A letter is printed with its message, so it carries the link; a call is read out without it.
        String message = input.contactBy() == ContactBy.POST ? facts : withoutLink;
        return new Notices.Notice(heading, body, heading, message);
    }

    private String facts(Input input, Change change, String processTitle, String stopToken, Locale locale) {
        PublicDecision decision = change.decision();
        StringBuilder out = new StringBuilder();
        if (change.number() == 0) {
            out.append(text(locale, "feedback.news.intro.new", processTitle)).append("\n\n");
        } else {
            out.append(text(locale, "feedback.news.intro.update", processTitle)).append("\n\n");
        }
        out.append(text(locale, "feedback.news.decision", decision.title())).append('\n');
        out.append(decision.text()).append("\n\n");
        out.append(text(locale, "feedback.news.decidedBy", decision.decidedBy(), date(decision.decidedOn(), locale)))
                .append("\n\n");
        // A decision starts as planned; a late delivery still tells the change it is about, not a newer one.
        DecisionState state = change.number() == 0 ? DecisionState.PLANNED
                : change.update().map(DecisionUpdate::state).orElse(decision.state());
        out.append(text(locale, "feedback.news.state", text(locale, "feedback.news.state." + state.name())));
        change.update().ifPresent(u -> out.append(' ')
                .append(text(locale, "feedback.news.since", date(u.date(), locale))));
        out.append('\n');
        change.update().map(DecisionUpdate::text).ifPresent(t -> out.append(
                text(locale, state.needsReason() ? "feedback.news.reason" : "feedback.news.updateText")).append('\n')
                .append(t).append('\n'));
        out.append('\n');
        out.append(input.isAnswered() ? text(locale, "feedback.news.answered")
                : text(locale, "feedback.news.answerComing", date(input.answerDue(), locale))).append("\n\n");
        out.append(text(locale, "feedback.news.readMore")).append('\n').append(decisionUrl(decision)).append("\n\n");
        out.append(text(locale, "feedback.news.follow", input.followCode().display())).append('\n')
                .append(baseUrl).append("/volg/").append(input.followCode().display());
        if (stopToken != null) {
            out.append("\n\n").append(text(locale, "feedback.news.stop")).append('\n').append(stopUrl(stopToken));
        }
        return out.toString();
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private String date(LocalDate date, Locale locale) {
        return dates.date(date, locale);
    }
}
