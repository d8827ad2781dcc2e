package nl.samenspraak.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.samenspraak.input.FeedbackStatus;
import nl.samenspraak.input.Input;
import nl.samenspraak.input.InputAnswered;
import nl.samenspraak.input.InputAnswers;
import nl.samenspraak.input.InputId;
import nl.samenspraak.input.InvalidInputException;
import nl.samenspraak.input.Referral;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Koppel terug: staff answer inputs, one by one or several similar ones at once. The rules of an
 * answer are {@link Input#answer}'s; this loads the inputs through {@link InputAnswers}, applies
 * the answer, saves it, audits it and publishes the {@link InputAnswered} event of every final
 * answer, so each author is told.
 */
@Service
public class FeedbackLoop {

    /** The most inputs answered at once with one text. */
    public static final int MAX_BATCH = 200;

    private final InputAnswers inputs;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;

    FeedbackLoop(InputAnswers inputs, Clock clock, ApplicationEventPublisher events, AuditTrail audit) {
        this.inputs = inputs;
        this.clock = clock;
        this.events = events;
        this.audit = audit;
    }

    @Transactional
    public Input answer(UUID collaborationId, UUID inputId, FeedbackStatus status, String text, UUID staffId, String actor) {
        return answer(collaborationId, new InputId(inputId), status, text, staffId, actor);
    }

    @Transactional
    public Input answer(UUID collaborationId, InputId inputId, FeedbackStatus status, String text, UUID staffId,
                        String actor) {
        return answer(collaborationId, inputId, status, text, null, staffId, actor);
    }

    /** An answer; "outside the question" needs the organisation the input was sent on to ({@code referral}). */
    @Transactional
    public Input answer(UUID collaborationId, InputId inputId, FeedbackStatus status, String text, Referral referral,
                        UUID staffId, String actor) {
        return answerEach(collaborationId, List.of(inputId), status, text, referral, staffId, actor).getFirst();
    }

    /**
     * Records an answer that was given earlier, outside the platform (on paper, by phone),
     * dated when it was given; used when a collaboration moves its earlier work in.
     */
    @Transactional
    public Input recordEarlierAnswer(UUID collaborationId, UUID inputId, FeedbackStatus status, String text,
                                     LocalDate answeredOn, UUID staffId, String actor) {
        return recordEarlierAnswer(collaborationId, inputId, status, text, null, answeredOn, staffId, actor);
    }

    /** As above, with the organisation an input "outside the question" was sent on to. */
    @Transactional
    public Input recordEarlierAnswer(UUID collaborationId, UUID inputId, FeedbackStatus status, String text,
                                     Referral referral, LocalDate answeredOn, UUID staffId, String actor) {
        Input current = inputs.lockForAnswer(collaborationId, List.of(new InputId(inputId))).stream().findFirst()
                .orElseThrow(NotFoundException::new);
        if (answeredOn.isBefore(current.receivedOn()) || answeredOn.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("answeredOn", "input.error.answeredOn");
        }
        Clock then = Clock.fixed(answeredOn.atStartOfDay(clock.getZone()).toInstant(), clock.getZone());
        Input.Answered answered = current.answer(status, text, referral, then);
        inputs.saveAnswer(answered.input(), staffId);
        audit.record(collaborationId, actor, "input.answer-earlier", "input", inputId, status.name());
        answered.event().ifPresent(events::publishEvent);
        return answered.input();
    }

    /** Answers all given inputs with one text; all or nothing. */
    @Transactional
    public List<Input> answerAll(UUID collaborationId, List<UUID> inputIds, FeedbackStatus status, String text,
                                 UUID staffId, String actor) {
        return answerAll(collaborationId, inputIds, status, text, null, staffId, actor);
    }

    /** Answers all given inputs with one text and, for "outside the question", one referral; all or nothing. */
    @Transactional
    public List<Input> answerAll(UUID collaborationId, List<UUID> inputIds, FeedbackStatus status, String text,
                                 Referral referral, UUID staffId, String actor) {
        if (inputIds.stream().anyMatch(Objects::isNull)) {
            throw new NotFoundException(); // as an id that matches no input
        }
        return answerEach(collaborationId, inputIds.stream().map(InputId::new).toList(), status, text, referral,
                staffId, actor);
    }

    private List<Input> answerEach(UUID collaborationId, List<InputId> inputIds, FeedbackStatus status, String text,
                                   Referral referral, UUID staffId, String actor) {
        List<InputId> ids = List.copyOf(new LinkedHashSet<>(inputIds));
        if (ids.isEmpty()) {
            throw new InvalidInputException("inputs", "input.error.noneSelected");
        }
        if (ids.size() > MAX_BATCH) {
            throw new InvalidInputException("inputs", "input.error.tooManySelected");
        }
        List<Input> current = inputs.lockForAnswer(collaborationId, ids);
        if (current.size() != ids.size()) {
            throw new NotFoundException();
        }
        // Every input is checked before anything is saved: one broken rule stores nothing.
        List<Input.Answered> answered = current.stream().map(input -> input.answer(status, text, referral, clock)).toList();
        for (Input.Answered each : answered) {
            inputs.saveAnswer(each.input(), staffId);
            audit.record(collaborationId, actor, "input.answer", "input", each.input().id(), status.name());
            each.event().ifPresent(events::publishEvent);
        }
        return answered.stream().map(Input.Answered::input).toList();
    }
}
