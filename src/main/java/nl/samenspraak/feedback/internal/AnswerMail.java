package nl.samenspraak.feedback.internal;

import java.util.Optional;
import nl.samenspraak.account.StaffAccounts;
import nl.samenspraak.input.Input;
import nl.samenspraak.input.InputContacts;
import org.springframework.stereotype.Component;

/**
 * The e-mail that tells an author the answer, in plain Dutch (B1) with one English line
 * at the end. Plain text, so nothing the author or staff typed can become markup.
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
        String code = input.followCode().display();
        String link = texts.followUrl(input.followCode());
        StringBuilder body = new StringBuilder();
        body.append(contact.name() == null ? texts.message("feedback.mail.greetingNoName")
                : texts.message("feedback.mail.greeting", contact.name())).append("\n\n");
        body.append(texts.message("feedback.mail.intro", processTitle)).append("\n\n");
        body.append(texts.message("feedback.mail.yourInput")).append('\n');
        for (String line : AnswerTexts.quote(input.text()).split("\n", -1)) {
            body.append("> ").append(line).append('\n');
        }
        body.append('\n');
        body.append(texts.message("feedback.mail.status", texts.status(input.status()))).append("\n\n");
        body.append(texts.message("feedback.mail.answer")).append('\n');
        body.append(input.answer() == null ? "" : input.answer()).append("\n\n");
        body.append(texts.message("feedback.mail.link", link)).append('\n');
        body.append(texts.message("feedback.mail.followCode", code)).append("\n\n");
        coordinator.ifPresentOrElse(
                c -> body.append(texts.message("feedback.mail.contact", c.displayName(), c.email())),
                () -> body.append(texts.message("feedback.mail.contactPage", texts.lookupUrl())));
        body.append("\n\n");
        body.append(texts.message("feedback.mail.closing")).append('\n');
        body.append(collaborationName).append("\n\n");
        body.append("-- \n");
        body.append(texts.message("feedback.mail.english", link + "?lang=en")).append('\n');
        return new Mail(texts.message("feedback.mail.subject", code), body.toString());
    }
}
