package nl.samenspraak.feedback.internal;

import java.util.Locale;
import java.util.Optional;
import nl.samenspraak.account.StaffAccounts;
import nl.samenspraak.input.ContactBy;
import nl.samenspraak.input.Input;
import nl.samenspraak.input.InputContacts;
import nl.samenspraak.platform.Dates;
import org.springframework.stereotype.Component;

/**
 * The receipt: the input arrived, this is its follow code, this is what happens next and by when
 * the answer comes. By e-mail in the language of the page the author used; on paper in Dutch,
 * like every letter. Plain text, so nothing anyone typed can become markup. The link is the public
 * follow page with the follow code, which is no personal key: it shows only what the code shows.
 */
@Component
class ReceiptMail {

    private final AnswerTexts texts;
    private final Dates dates;

    ReceiptMail(AnswerTexts texts, Dates dates) {
        this.texts = texts;
        this.dates = dates;
    }

    Notices.Notice compose(Input input, InputContacts.Contact contact, String processTitle, String collaborationName,
                           Optional<StaffAccounts.Contact> coordinator) {
        Locale mailLocale = input.locale();
        String code = input.followCode().display();
        String link = texts.followUrl(input.followCode());
        StringBuilder body = new StringBuilder();
        body.append(contact.name() == null ? texts.message(mailLocale, "feedback.mail.greetingNoName")
                : texts.message(mailLocale, "feedback.mail.greeting", contact.name())).append("\n\n");
        body.append(texts.message(mailLocale, "feedback.receipt.intro", processTitle)).append("\n\n");
        body.append(texts.message(mailLocale, "feedback.receipt.followCode", code)).append("\n\n");
        body.append(steps(input, mailLocale)).append('\n');
        body.append(texts.message(mailLocale, "feedback.receipt.link", link)).append('\n');
        body.append(texts.message(mailLocale, "feedback.receipt.lookUp", texts.lookupUrl())).append("\n\n");
        coordinator.ifPresentOrElse(
                c -> body.append(texts.message(mailLocale, "feedback.mail.contact", c.displayName(), c.email())),
                () -> body.append(texts.message(mailLocale, "feedback.mail.contactPage", texts.lookupUrl())));
        body.append("\n\n");
        body.append(texts.message(mailLocale, "feedback.mail.closing")).append('\n');
        body.append(collaborationName).append("\n\n");
        body.append(texts.message(mailLocale, "feedback.receipt.notYou")).append('\n');
        if (!Input.ENGLISH.equals(input.language())) {
            body.append("\n-- \n");
            body.append(texts.message(mailLocale, "feedback.receipt.english", code, link + "?lang=en")).append('\n');
        }
        // A letter is printed in Dutch with the follow code, the quote and the way to look it up around it.
        String heading = texts.message(AnswerTexts.DUTCH, "feedback.receipt.heading");
        String message = texts.message(AnswerTexts.DUTCH, "feedback.receipt.received") + "\n\n"
                + steps(input, AnswerTexts.DUTCH);
        return new Notices.Notice(texts.message(mailLocale, "feedback.receipt.subject", code), body.toString(),
                heading, message);
    }

    /** What happens next, in three plain steps; the last one says by when and how the answer comes. */
    private String steps(Input input, Locale locale) {
        ContactBy channel = input.contactBy() == ContactBy.POST ? ContactBy.POST : ContactBy.EMAIL;
        return texts.message(locale, "feedback.receipt.nextTitle") + '\n'
                + texts.message(locale, "feedback.receipt.step1") + '\n'
                + texts.message(locale, "feedback.receipt.step2") + '\n'
                + texts.message(locale, "feedback.receipt.step3." + channel.name(),
                        dates.date(input.answerDue(), locale)) + '\n';
    }
}
