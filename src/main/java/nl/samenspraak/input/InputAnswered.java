package nl.samenspraak.input;

import java.util.UUID;

/** An input got a final answer (or a changed one): its author must be told through the chosen channel. */
public record InputAnswered(UUID inputId, UUID collaborationId, FeedbackStatus status, ContactBy contactBy) {}
