/**
 * Answering inputs (the {@link nl.samenspraak.feedback.FeedbackLoop} and the staff answer pages) and
 * telling every author in the way they chose: e-mail through the outbox, a letter, or a call list.
 * Dependency direction: {@code feedback} depends on {@code input}'s API (it reads inputs and saves
 * answers through {@code InputAnswers}, and listens to {@code InputAnswered}); {@code input} never
 * depends on {@code feedback}.
 */
package nl.samenspraak.feedback;
