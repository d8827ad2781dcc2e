package nl.samenspraak.input;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Koppel terug: staff answer inputs, one by one or several similar ones at once. Every
 * final answer raises {@link InputAnswered} for each input, so each author is told.
 */
@Service
public class FeedbackLoop {

    static final int MAX_BATCH = 200;

    private final Inputs inputs;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;

    FeedbackLoop(Inputs inputs, Clock clock, ApplicationEventPublisher events, AuditTrail audit) {
        this.inputs = inputs;
        this.clock = clock;
        this.events = events;
        this.audit = audit;
    }

    @Transactional
    public Input answer(UUID collaborationId, UUID inputId, FeedbackStatus status, String text, UUID staffId, String actor) {
        return answerAll(collaborationId, List.of(inputId), status, text, staffId, actor).getFirst();
    }

    /**
     * Records an answer that was given earlier, outside the platform (on paper, by phone),
     * dated when it was given; used when a collaboration moves its earlier work in.
     */
    @Transactional
    public Input recordEarlierAnswer(UUID collaborationId, UUID inputId, FeedbackStatus status, String text,
                                     java.time.LocalDate answeredOn, UUID staffId, String actor) {
        Input current = inputs.findForUpdate(collaborationId, List.of(inputId)).stream().findFirst()
                .orElseThrow(NotFoundException::new);
        if (answeredOn.isBefore(current.receivedOn()) || answeredOn.isAfter(java.time.LocalDate.now(clock))) {
            throw new InvalidInputException("answeredOn", "input.error.answeredOn");
        }
        Clock then = Clock.fixed(answeredOn.atStartOfDay(clock.getZone()).toInstant(), clock.getZone());
        Input answered = current.answer(status, text, then);
        inputs.saveAnswer(answered, staffId);
        audit.record(collaborationId, actor, "input.answer-earlier", "input", inputId, status.name());
        if (answered.isAnswered()) {
            events.publishEvent(new InputAnswered(answered.id(), collaborationId, answered.status(), answered.contactBy()));
        }
        return answered;
    }

    /** Answers all given inputs with one text; all or nothing. */
    @Transactional
    public List<Input> answerAll(UUID collaborationId, List<UUID> inputIds, FeedbackStatus status, String text,
                                 UUID staffId, String actor) {
        List<UUID> ids = List.copyOf(new LinkedHashSet<>(inputIds));
        if (ids.isEmpty()) {
            throw new InvalidInputException("inputs", "input.error.noneSelected");
        }
        if (ids.size() > MAX_BATCH) {
            throw new InvalidInputException("inputs", "input.error.tooManySelected");
        }
        List<Input> current = inputs.findForUpdate(collaborationId, ids);
        if (current.size() != ids.size()) {
            throw new NotFoundException();
        }
        List<Input> answered = current.stream().map(input -> input.answer(status, text, clock)).toList();
        for (Input input : answered) {
            inputs.saveAnswer(input, staffId);
            audit.record(collaborationId, actor, "input.answer", "input", input.id(), status.name());
            if (input.isAnswered()) {
                events.publishEvent(new InputAnswered(input.id(), collaborationId, input.status(), input.contactBy()));
            }
        }
        return answered;
    }
}
