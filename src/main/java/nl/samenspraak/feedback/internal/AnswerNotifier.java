package nl.samenspraak.feedback.internal;

import java.util.Objects;
import java.util.UUID;
import nl.samenspraak.account.StaffAccounts;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.feedback.DecisionBook;
import nl.samenspraak.feedback.NotificationState;
import nl.samenspraak.feedback.internal.NotificationRows.Channel;
import nl.samenspraak.input.Input;
import nl.samenspraak.input.InputAnswered;
import nl.samenspraak.input.InputContacts;
import nl.samenspraak.input.InputViews;
import nl.samenspraak.platform.Hashing;
import nl.samenspraak.platform.Outbox;
import nl.samenspraak.platform.OutboxMailSender;
import nl.samenspraak.process.Process;
import nl.samenspraak.process.Processes;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns every answer into a notification in the channel the author chose. Runs after the
 * answer is committed, in its own transaction, registered in the event publication
 * registry: if the app dies in between, the event is delivered again on restart.
 *
 * <p>Because an event may be delivered twice, each notification remembers a digest of the
 * answer it tells. E-mail: one mail per distinct answer (a mail already sent cannot be
 * taken back, so a changed answer gets a new mail; the same answer delivered again gets
 * none). Letters and calls: while one is still open it is reused, because it is printed or
 * read out with the answer of that moment; once done, a changed answer opens a new one.
 */
@Component
class AnswerNotifier {

    private final InputViews inputs;
    private final InputContacts contacts;
    private final Processes processes;
    private final Collaborations collaborations;
    private final StaffAccounts staff;
    private final Outbox outbox;
    private final AnswerMail mail;
    private final NotificationRows rows;
    private final DecisionBook decisions;

    AnswerNotifier(InputViews inputs, InputContacts contacts, Processes processes, Collaborations collaborations,
                   StaffAccounts staff, Outbox outbox, AnswerMail mail, NotificationRows rows, DecisionBook decisions) {
        this.decisions = decisions;
        this.inputs = inputs;
        this.contacts = contacts;
        this.processes = processes;
        this.collaborations = collaborations;
        this.staff = staff;
        this.outbox = outbox;
        this.mail = mail;
        this.rows = rows;
    }

    @ApplicationModuleListener
    void on(InputAnswered event) {
        UUID collaborationId = event.collaborationId();
        // The input as it is now: if the answer changed again meanwhile, the newest one is told.
        Input input = inputs.find(collaborationId, event.inputId()).orElse(null);
        if (input == null || !input.isAnswered() || event.contactBy() == null) {
            return;
        }
        InputContacts.Contact contact = contacts.of(collaborationId, input.id()).orElse(null);
        if (contact == null) {
            return;
        }
        rows.lockInput(input.id());
        String digest = digest(input);
        switch (event.contactBy()) {
            case EMAIL -> {
                if (contact.email() != null) {
                    sendMail(input, contact, digest);
                }
            }
            case POST -> {
                if (contact.postalAddress() != null) {
                    openOrReuse(input, Channel.POST, NotificationState.TO_PRINT, digest);
                }
            }
            case PHONE -> {
                if (contact.phone() != null) {
                    openOrReuse(input, Channel.PHONE, NotificationState.TO_CALL, digest);
                }
            }
            case NONE -> { }
        }
    }

    /** Runs inside the sender's transaction, so "sent" in the outbox and here never disagree. */
    @EventListener
    void on(OutboxMailSender.MailSent sent) {
        rows.markMailSent(sent.mailId());
    }

    private void sendMail(Input input, InputContacts.Contact contact, String digest) {
        boolean alreadyTold = rows.latest(input.collaborationId(), input.id(), Channel.EMAIL)
                .map(latest -> digest.equals(latest.answerDigest())).orElse(false);
        if (alreadyTold) {
            return;
        }
        String title = processes.findPublic(input.processId()).map(Process::title).orElse("");
        String collaborationName = collaborations.findById(input.collaborationId()).map(Collaboration::name).orElse("");
        AnswerMail.Mail message = mail.compose(input, contact, title, collaborationName,
                staff.coordinatorOf(input.collaborationId()), decisions.ofInput(input.collaborationId(), input.id()));
        UUID mailId = outbox.enqueue(input.collaborationId(), contact.email(), message.subject(), message.body(), null);
        rows.insert(input.collaborationId(), input.id(), Channel.EMAIL, NotificationState.QUEUED, mailId, digest);
    }

    private void openOrReuse(Input input, Channel channel, NotificationState state, String digest) {
        var latest = rows.latest(input.collaborationId(), input.id(), channel);
        if (latest.isPresent() && latest.get().open()) {
            rows.updateDigest(latest.get().id(), digest);
        } else if (latest.isEmpty() || !digest.equals(latest.get().answerDigest())) {
            rows.insert(input.collaborationId(), input.id(), channel, state, null, digest);
        }
    }

    static String digest(Input input) {
        // The referral is part of what the author is told: a changed organisation is a new answer.
        String referral = input.referral() == null ? ""
                : '\n' + input.referral().organisation() + '\n' + Objects.toString(input.referral().contact(), "");
        return Hashing.sha256Hex(input.status().name() + '\n' + (input.answer() == null ? "" : input.answer()) + referral);
    }
}
