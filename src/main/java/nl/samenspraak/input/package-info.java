/**
 * Input (inbreng) from every channel with its follow code and answer due date, the public process
 * and follow pages, and the {@link nl.samenspraak.input.Input} aggregate with its answering rules.
 * Dependency direction: {@code feedback} depends on {@code input} (facades {@code InputViews},
 * {@code InputContacts}, {@code InputAnswers}; events {@code InputReceived}, {@code InputAnswered}),
 * never the reverse. {@code FeedbackStatus} and {@code InputAnswered} therefore stay here: they are
 * the aggregate's own state and the event its {@code answer(...)} returns. Moderation lives here too:
 * {@code InputModeration} hides inputs or parts of them (rules in {@code Moderation}) and takes
 * residents' reports; {@code InputHidden} lets feedback tell the author.
 */
package nl.samenspraak.input;
