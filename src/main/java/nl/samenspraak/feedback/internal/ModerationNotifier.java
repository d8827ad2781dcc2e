package nl.samenspraak.feedback.internal;

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

    /** Plain text in B1 Dutch; it names neither the hidden text nor anyone else, only why. */
    Notices.Notice notice(Input input, InputHidden event) {
        String code = input.followCode().display();
        String title = processes.findPublic(input.processId()).map(Process::title).orElse("");
        String why = texts.message("participate.hidden.reason." + event.reason().name());
        String heading = texts.message(event.whole() ? "feedback.moderation.heading" : "feedback.moderation.headingPart");
        StringBuilder message = new StringBuilder(
                texts.message(event.whole() ? "feedback.moderation.whole" : "feedback.moderation.part", title, why));
        if (event.note() != null) {
            message.append("\n").append(texts.message("feedback.moderation.note", event.note()));
        }
        message.append("\n").append(texts.message("feedback.moderation.stillAnswered", code));
        String body = heading + "\n\n" + message + "\n\n"
                + texts.message("feedback.mail.link", texts.followUrl(input.followCode())) + "\n\n"
                + "-- \n" + texts.message("feedback.moderation.english", texts.followUrl(input.followCode()) + "?lang=en")
                + "\n";
        return new Notices.Notice(texts.message(event.whole() ? "feedback.moderation.subject"
                : "feedback.moderation.subjectPart", code), body, heading, message.toString());
    }
}
