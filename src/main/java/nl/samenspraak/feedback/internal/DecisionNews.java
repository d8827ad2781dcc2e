package nl.samenspraak.feedback.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.feedback.DecisionBook;
import nl.samenspraak.feedback.DecisionChanged;
import nl.samenspraak.feedback.NoticeKind;
import nl.samenspraak.feedback.PublicDecision;
import nl.samenspraak.input.ContactBy;
import nl.samenspraak.input.Input;
import nl.samenspraak.input.InputContacts;
import nl.samenspraak.input.InputViews;
import nl.samenspraak.process.Process;
import nl.samenspraak.process.Processes;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the author of every input a decision answers that it was taken or changed, in the channel
 * they chose, once per change. Runs after the decision is committed, in its own transaction,
 * registered in the event publication registry: after a crash the event comes again, and
 * {@link Notices} (one notice per input, channel and subject) keeps it to one notice per author.
 * Inputs and their contacts are loaded in bulk: a decision may answer thousands of inputs.
 */
@Component
class DecisionNews {

    private final DecisionBook book;
    private final InputViews inputs;
    private final InputContacts contacts;
    private final Processes processes;
    private final Collaborations collaborations;
    private final Notices notices;
    private final DecisionNewsLinks links;
    private final DecisionNewsMail mail;

    DecisionNews(DecisionBook book, InputViews inputs, InputContacts contacts, Processes processes,
                 Collaborations collaborations, Notices notices, DecisionNewsLinks links, DecisionNewsMail mail) {
        this.book = book;
        this.inputs = inputs;
        this.contacts = contacts;
        this.processes = processes;
        this.collaborations = collaborations;
        this.notices = notices;
        this.links = links;
        this.mail = mail;
    }

    static String subjectKey(DecisionChanged event) {
        return "decision:" + event.decisionId().value() + ":" + event.change();
    }

    /** The language of the page the author used. */
    Locale localeOf(Input input) {
        return Locale.forLanguageTag(input.language());
    }

    @ApplicationModuleListener
    void on(DecisionChanged event) {
        tell(event);
    }

    /** Tells every author who has not heard of this change yet; telling again tells nobody twice. */
    @Transactional
    void tell(DecisionChanged event) {
        UUID collaborationId = event.collaborationId();
        PublicDecision decision = book.find(collaborationId, event.decisionId()).orElse(null);
        if (decision == null) {
            return;
        }
        List<UUID> linked = new ArrayList<>(book.linkedInputs(collaborationId, event.decisionId()));
        Set<UUID> stopped = links.stoppedAmong(collaborationId, linked);
        linked.removeAll(stopped);
        if (linked.isEmpty()) {
            return;
        }
        Map<UUID, Input> byId = inputs.findAll(collaborationId, linked);
        Map<UUID, InputContacts.Contact> contactOf = contacts.of(collaborationId, linked);
        String processTitle = processes.findPublic(decision.processId()).map(Process::title).orElse("");
        String collaborationName = collaborations.findById(collaborationId).map(Collaboration::name).orElse("");
        DecisionNewsMail.Change change = DecisionNewsMail.change(decision, event.change());
        String subjectKey = subjectKey(event);
        // In one order for every instance, so two handling the same event lock inputs without deadlock.
        linked.sort(null);
        for (UUID inputId : linked) {
            Input input = byId.get(inputId);
            InputContacts.Contact contact = contactOf.get(inputId);
            if (input == null || contact == null || input.contactBy() == null || input.contactBy() == ContactBy.NONE) {
                continue;
            }
            String token = input.contactBy() == ContactBy.PHONE ? null : DecisionNewsLinks.newToken();
            Notices.Notice notice = mail.compose(input, contact, change, processTitle, collaborationName, token,
                    localeOf(input));
            if (notices.tell(input, contact, NoticeKind.DECISION, subjectKey, notice) && token != null) {
                links.keep(collaborationId, inputId, token);
            }
        }
    }
}
