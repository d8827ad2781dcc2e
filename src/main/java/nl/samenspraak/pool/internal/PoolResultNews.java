package nl.samenspraak.pool.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.feedback.DecisionBook;
import nl.samenspraak.feedback.DecisionChanged;
import nl.samenspraak.feedback.DecisionState;
import nl.samenspraak.feedback.DecisionUpdate;
import nl.samenspraak.feedback.PublicDecision;
import nl.samenspraak.platform.Dates;
import nl.samenspraak.platform.Outbox;
import nl.samenspraak.process.Process;
import nl.samenspraak.process.Processes;
import nl.samenspraak.resident.ContactChannel;
import nl.samenspraak.resident.Resident;
import nl.samenspraak.resident.ResidentMessages;
import nl.samenspraak.resident.Residents;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pool members who said they want to "hear what happens with the results" hear it when a
 * decision of their collaboration is taken or changes, in the channel they chose (e-mail, a letter in
 * the next batch, or the call list): once per member and change (the event
 * may come twice after a crash, or reach two instances), each with their own link to stop the
 * news about that process. Withdrawing the consent or leaving the pool stops it all.
 */
@Component
class PoolResultNews {

    private final DecisionBook decisions;
    private final ResultNewsRows rows;
    private final Residents residents;
    private final Processes processes;
    private final Collaborations collaborations;
    private final Outbox outbox;
    private final PoolTexts texts;
    private final Dates dates;
    private final ResidentMessages residentMessages;

    PoolResultNews(DecisionBook decisions, ResultNewsRows rows, Residents residents, Processes processes,
                   Collaborations collaborations, Outbox outbox, PoolTexts texts, Dates dates,
                   ResidentMessages residentMessages) {
        this.dates = dates;
        this.residentMessages = residentMessages;
        this.decisions = decisions;
        this.rows = rows;
        this.residents = residents;
        this.processes = processes;
        this.collaborations = collaborations;
        this.outbox = outbox;
        this.texts = texts;
    }

    @ApplicationModuleListener
    void on(DecisionChanged event) {
        tell(event);
    }

    /** Mails every consenting member who has not heard of this change yet. */
    @Transactional
    void tell(DecisionChanged event) {
        UUID c = event.collaborationId();
        PublicDecision decision = decisions.find(c, event.decisionId()).orElse(null);
        if (decision == null) {
            return;
        }
        List<ResultNewsRows.Listener> listeners = rows.listeners(c, decision.processId());
        if (listeners.isEmpty()) {
            return;
        }
        Map<UUID, Resident> residentById = residents.find(c, listeners.stream().map(ResultNewsRows.Listener::residentId)
                .toList()).stream().collect(Collectors.toMap(Resident::id, Function.identity()));
        String processTitle = processes.findPublic(decision.processId()).map(Process::title).orElse("");
        String collaborationName = collaborations.findById(c).map(Collaboration::name).orElse("");
        for (ResultNewsRows.Listener listener : listeners) {
            Resident resident = residentById.get(listener.residentId());
            if (resident == null || resident.erased() || !reachable(resident)) {
                continue;
            }
            if (!rows.claim(c, listener.memberId(), event.decisionId().value(), event.change(), decision.processId())) {
                continue;
            }
            String token = residents.issueLink(c, resident.id(), PoolLinks.RESULT_NEWS, decision.processId(),
                    PoolLinks.MEMBER_PAGE);
            PoolTexts.Message mail = compose(resident, decision, event.change(), processTitle, collaborationName, token);
            if (byLetterOrCall(resident)) {
                // A letter prints the stop link; the call list shows it masked, as every staff screen does.
                residentMessages.send(c, resident.id(), mail.subject(), mail.body(), null);
            } else {
                UUID mailId = outbox.enqueue(c, resident.email(), mail.subject(), mail.body(), null);
                rows.mailed(listener.memberId(), event.decisionId().value(), event.change(), mailId);
            }
        }
    }

    /** Members who chose post or phone hear it in the next letter batch or call list; the others by e-mail. */
    private static boolean byLetterOrCall(Resident resident) {
        return resident.contactBy() == ContactChannel.POST || resident.contactBy() == ContactChannel.PHONE;
    }

    private static boolean reachable(Resident resident) {
        return byLetterOrCall(resident) || resident.email() != null;
    }

    private PoolTexts.Message compose(Resident resident, PublicDecision decision, int change, String processTitle,
                                      String collaborationName, String token) {
        Locale locale = resident.locale();
        var update = decision.updates().stream().filter(u -> u.number() == change).findFirst();
        // A decision starts as planned; a late delivery still tells the change it is about.
        DecisionState state = change == 0 ? DecisionState.PLANNED
                : update.map(DecisionUpdate::state).orElse(decision.state());
        StringBuilder body = new StringBuilder();
        body.append(resident.name() == null ? texts.text("pool.news.greetingNoName", locale)
                : texts.text("pool.news.greeting", locale, resident.name())).append("\n\n");
        body.append(texts.text("pool.news.intro", locale, collaborationName, processTitle)).append("\n\n");
        body.append(texts.text("pool.news.decision", locale, decision.title())).append('\n')
                .append(decision.text()).append("\n\n");
        body.append(texts.text("pool.news.decidedBy", locale, decision.decidedBy(), date(decision.decidedOn(), locale)))
                .append("\n\n");
        body.append(texts.text("pool.news.state", locale, texts.text("pool.news.state." + state.name(), locale)))
                .append('\n');
        update.map(DecisionUpdate::text).ifPresent(t -> body.append(texts.text(state.needsReason()
                ? "pool.news.reason" : "pool.news.updateText", locale)).append('\n').append(t).append('\n'));
        body.append('\n');
        body.append(texts.text("pool.news.readMore", locale)).append('\n')
                .append(texts.url("/besluiten/" + decision.id().value())).append("\n\n");
        body.append(texts.text("pool.news.stop", locale)).append('\n')
                .append(texts.url("/inwonerpool/nieuws-stoppen/" + token)).append("\n\n");
        body.append(texts.text("pool.news.allNews", locale)).append("\n\n");
        body.append(texts.text("pool.news.closing", locale)).append('\n').append(collaborationName).append('\n');
        String subject = texts.text(change == 0 ? "pool.news.subject.new" : "pool.news.subject.update", locale,
                decision.title());
        return new PoolTexts.Message(subject, body.toString());
    }

    private String date(LocalDate date, Locale locale) {
        return dates.date(date, locale);
    }
}
