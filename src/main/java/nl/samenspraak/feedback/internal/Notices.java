package nl.samenspraak.feedback.internal;

import java.util.UUID;
import nl.samenspraak.feedback.NoticeKind;
import nl.samenspraak.feedback.NotificationState;
import nl.samenspraak.feedback.internal.NotificationRows.Channel;
import nl.samenspraak.input.Input;
import nl.samenspraak.input.InputContacts;
import nl.samenspraak.platform.Outbox;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells an author something other than the answer (a receipt, a decision, a hiding) in the
 * channel they chose: an e-mail through the outbox, a letter in the next batch, or a call on the
 * call list. Each notice is about one subject (say "decision 12, change 3") and is made once per
 * subject and channel, so an event delivered again after a crash, or handled by two instances,
 * tells nobody twice.
 */
@Component
class Notices {

    /**
     * What to tell. The mail's subject and body are sent as they are; the heading and message are
     * kept with the notification, because a letter is printed and a call made later with them.
     */
    record Notice(String mailSubject, String mailBody, String heading, String message) {}

    private final NotificationRows rows;
    private final Outbox outbox;

    Notices(NotificationRows rows, Outbox outbox) {
        this.rows = rows;
        this.outbox = outbox;
    }

    /**
     * @return whether a notice was made now; false when it was made before, when the author wants
     * no contact, or when the details for their channel are gone (erased)
     */
    @Transactional
    boolean tell(Input input, InputContacts.Contact contact, NoticeKind kind, String subjectKey, Notice notice) {
        if (contact == null || input.contactBy() == null) {
            return false;
        }
        Channel channel = switch (input.contactBy()) {
            case EMAIL -> contact.email() == null ? null : Channel.EMAIL;
            case POST -> contact.postalAddress() == null ? null : Channel.POST;
            case PHONE -> contact.phone() == null ? null : Channel.PHONE;
            case NONE -> null;
        };
        if (channel == null) {
            return false;
        }
        // Held until commit: the check below and the insert cannot interleave with another thread's.
        rows.lockInput(input.id());
        if (rows.noticeExists(input.id(), channel, kind, subjectKey)) {
            return false;
        }
        return switch (channel) {
            case EMAIL -> {
                UUID mailId = outbox.enqueue(input.collaborationId(), contact.email(), notice.mailSubject(),
                        notice.mailBody(), null);
                yield rows.insertNotice(input.collaborationId(), input.id(), channel, NotificationState.QUEUED, mailId,
                        kind, subjectKey, notice.heading(), notice.message());
            }
            case POST -> rows.insertNotice(input.collaborationId(), input.id(), channel, NotificationState.TO_PRINT,
                    null, kind, subjectKey, notice.heading(), notice.message());
            case PHONE -> rows.insertNotice(input.collaborationId(), input.id(), channel, NotificationState.TO_CALL,
                    null, kind, subjectKey, notice.heading(), notice.message());
        };
    }
}
