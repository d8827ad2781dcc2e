package nl.samenspraak.feedback.internal;

import nl.samenspraak.account.StaffAccounts;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.feedback.NoticeKind;
import nl.samenspraak.input.Input;
import nl.samenspraak.input.InputContacts;
import nl.samenspraak.input.InputReceived;
import nl.samenspraak.input.InputViews;
import nl.samenspraak.process.Process;
import nl.samenspraak.process.Processes;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells an author that their input arrived, with its follow code, what happens next and the
 * answer date. By e-mail always when they chose e-mail; by letter only when they asked for it on
 * the form; never by phone (a call to say "we got it" costs staff time the answer needs more).
 * Runs after the intake committed, from the event publication registry, and {@link Notices} makes
 * it once per input and channel, so a redelivered event sends no second receipt.
 */
@Component
class ReceiptNotifier {

    /** One receipt per input: the subject of the notice. */
    static final String SUBJECT = "receipt";

    private final InputViews inputs;
    private final InputContacts contacts;
    private final Processes processes;
    private final Collaborations collaborations;
    private final StaffAccounts staff;
    private final ReceiptMail mail;
    private final Notices notices;

    ReceiptNotifier(InputViews inputs, InputContacts contacts, Processes processes, Collaborations collaborations,
                    StaffAccounts staff, ReceiptMail mail, Notices notices) {
        this.inputs = inputs;
        this.contacts = contacts;
        this.processes = processes;
        this.collaborations = collaborations;
        this.staff = staff;
        this.mail = mail;
        this.notices = notices;
    }

    @ApplicationModuleListener
    void on(InputReceived event) {
        Input input = inputs.find(event.collaborationId(), event.inputId()).orElse(null);
        if (input == null || !wantsReceipt(input)) {
            return;
        }
        InputContacts.Contact contact = contacts.of(input.collaborationId(), input.id()).orElse(null);
        if (contact == null) {
            return;
        }
        String title = processes.find(input.collaborationId(), input.processId()).map(Process::title).orElse("");
        String collaborationName = collaborations.findById(input.collaborationId()).map(Collaboration::name).orElse("");
        notices.tell(input, contact, NoticeKind.RECEIPT, SUBJECT,
                mail.compose(input, contact, title, collaborationName, staff.coordinatorOf(input.collaborationId())));
    }

    private static boolean wantsReceipt(Input input) {
        return switch (input.contactBy()) {
            case EMAIL -> true;
            case POST -> input.receiptByPost();
            case PHONE, NONE -> false;
        };
    }
}
