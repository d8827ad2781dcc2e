package nl.samenspraak.feedback.internal;

import java.util.Locale;
import nl.samenspraak.feedback.NoticeKind;
import nl.samenspraak.input.Input;
import nl.samenspraak.input.InputContacts;
import nl.samenspraak.input.InputHidden;
import nl.samenspraak.input.InputViews;
import nl.samenspraak.process.Process;
import nl.samenspraak.process.Processes;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells an author why their input, or part of it, was hidden from the public page: once per
 * hiding, in the channel they chose. Runs after the hiding is committed, from the event
 * publication registry, so a crash in between only delays the notice; {@link Notices} makes a
 * second delivery tell nobody twice.
 */
@Component
class ModerationNotifier {

    private final InputViews inputs;
    private final InputContacts contacts;
    private final Processes processes;
    private final AnswerTexts texts;
    private final Notices notices;

    ModerationNotifier(InputViews inputs, InputContacts contacts, Processes processes, AnswerTexts texts,
                       Notices notices) {
        this.inputs = inputs;
        this.contacts = contacts;
        this.processes = processes;
        this.texts = texts;
        this.notices = notices;
    }

    @ApplicationModuleListener
    void on(InputHidden event) {
        Input input = inputs.find(event.collaborationId(), event.inputId()).orElse(null);
        if (input == null) {
            return;
        }
        InputContacts.Contact contact = contacts.of(event.collaborationId(), input.id()).orElse(null);
        notices.tell(input, contact, NoticeKind.MODERATION, "moderation:" + event.hidingNumber(), notice(input, event));
    }

    /**
     * Plain text in B1, by e-mail in the language of the page the author used; a letter or a call
     * is in Dutch, like every letter. It names neither the hidden text nor anyone else, only why.
     */
    Notices.Notice notice(Input input, InputHidden event) {
        Locale mailLocale = input.locale();
        String title = processes.findPublic(input.processId()).map(Process::title).orElse("");
        String link = texts.followUrl(input.followCode());
        String heading = heading(input, event, AnswerTexts.DUTCH);
        String message = message(input, event, title, AnswerTexts.DUTCH);
        StringBuilder body = new StringBuilder(heading(input, event, mailLocale)).append("\n\n")
                .append(message(input, event, title, mailLocale)).append("\n\n")
                .append(texts.message(mailLocale, "feedback.mail.link", link)).append("\n\n");
        if (!Input.ENGLISH.equals(input.language())) {
            body.append("-- \n").append(texts.message(mailLocale, "feedback.moderation.english", link + "?lang=en"))
                    .append("\n");
        }
        return new Notices.Notice(texts.message(mailLocale, event.whole() ? "feedback.moderation.subject"
                : "feedback.moderation.subjectPart", input.followCode().display()), body.toString(), heading, message);
    }

    private String heading(Input input, InputHidden event, Locale locale) {
        return texts.message(locale, event.whole() ? "feedback.moderation.heading" : "feedback.moderation.headingPart");
    }

    private String message(Input input, InputHidden event, String title, Locale locale) {
        String why = texts.message(locale, "participate.hidden.reason." + event.reason().name());
        StringBuilder message = new StringBuilder(texts.message(locale,
                event.whole() ? "feedback.moderation.whole" : "feedback.moderation.part", title, why));
        if (event.note() != null) {
            message.append("\n").append(texts.message(locale, "feedback.moderation.note", event.note()));
        }
        message.append("\n").append(texts.message(locale, "feedback.moderation.stillAnswered",
                input.followCode().display()));
        return message.toString();
    }
}
