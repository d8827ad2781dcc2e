package nl.samenspraak.feedback.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.samenspraak.account.StaffAccounts;
import nl.samenspraak.feedback.DecisionSummary;
import nl.samenspraak.input.Input;
import nl.samenspraak.input.InputContacts;
import org.springframework.stereotype.Component;

/**
 * The e-mail that tells an author the answer, in plain language (B1) in the language of the page
 * they used; a Dutch mail ends with one English line. Plain text, so nothing the author or staff
 * typed can become markup.
 */
@Component
class AnswerMail {

    record Mail(String subject, String body) {}

    private final AnswerTexts texts;

    AnswerMail(AnswerTexts texts) {
        this.texts = texts;
    }

    Mail compose(Input input, InputContacts.Contact contact, String processTitle, String collaborationName,
                 Optional<StaffAccounts.Contact> coordinator) {
        return compose(input, contact, processTitle, collaborationName, coordinator, List.of());
    }

    /** With the decisions the input is linked to: they come beside the answer, they do not replace it. */
    Mail compose(Input input, InputContacts.Contact contact, String processTitle, String collaborationName,
                 Optional<StaffAccounts.Contact> coordinator, List<DecisionSummary> decisions) {
        Locale locale = input.locale();
        String code = input.followCode().display();
        String link = texts.followUrl(input.followCode());
        StringBuilder body = new StringBuilder();
        body.append(contact.name() == null ? texts.message(locale, "feedback.mail.greetingNoName")
                : texts.message(locale, "feedback.mail.greeting", contact.name())).append("\n\n");
        body.append(texts.message(locale, "feedback.mail.intro", processTitle)).append("\n\n");
        body.append(texts.message(locale, "feedback.mail.yourInput")).append('\n');
        for (String line : AnswerTexts.quote(input.text()).split("\n", -1)) {
            body.append("> ").append(line).append('\n');
        }
        body.append('\n');
        body.append(texts.message(locale, "feedback.mail.status", texts.status(input.status(), locale))).append("\n\n");
        body.append(texts.message(locale, "feedback.mail.answer")).append('\n');
        body.append(input.answer() == null ? "" : input.answer()).append("\n\n");
        String referral = texts.referral(input, locale);
        if (!referral.isEmpty()) {
            body.append(referral).append("\n\n");
        }
        if (!decisions.isEmpty()) {
            body.append(texts.message(locale, "feedback.mail.decisions", decisions.size())).append('\n');
            for (DecisionSummary decision : decisions) {
                body.append("- ").append(decision.title()).append(": ")
                        .append(texts.decisionUrl(decision.id())).append('\n');
            }
            body.append('\n');
        }
        body.append(texts.message(locale, "feedback.mail.link", link)).append('\n');
        body.append(texts.message(locale, "feedback.mail.followCode", code)).append("\n\n");
        coordinator.ifPresentOrElse(
                c -> body.append(texts.message(locale, "feedback.mail.contact", c.displayName(), c.email())),
                () -> body.append(texts.message(locale, "feedback.mail.contactPage", texts.lookupUrl())));
        body.append("\n\n");
        body.append(texts.message(locale, "feedback.mail.closing")).append('\n');
        body.append(collaborationName).append("\n\n");
        if (!Input.ENGLISH.equals(input.language())) {
            body.append("-- \n");
            body.append(texts.message(locale, "feedback.mail.english", link + "?lang=en")).append('\n');
        }
        return new Mail(texts.message(locale, "feedback.mail.subject", code), body.toString());
    }
}
