package nl.samenspraak.anchoring;

import java.time.LocalDate;
import java.util.Locale;

import nl.samenspraak.collaboration.CollaborationId;

/**
 * What other modules (the yearly report, the board view) may ask of the anchoring monitor.
 *
 * <p>Rules that decide the standing of each strategy on day {@code today} ("runs out" means an end
 * date within 12 months after {@code today}; "current" means started on or before today and not
 * ended before today):
 * <ul>
 * <li><b>KEY_PERSONS</b>: key person notes recorded here plus holders of the key person and coordinator
 *     roles ({@code roles.CollaborationRoles}). IN_PLACE with at least two current of which none ends within
 *     12 months; PARTLY with one, or when one of them ends within 12 months; MISSING with none.</li>
 * <li><b>INFRASTRUCTURE</b>: meeting series over the last four calendar quarters ({@code meeting.SeriesContinuity}).
 *     IN_PLACE when at least one series held 75% or more of its planned meetings; PARTLY when meetings were held
 *     but no series reached 75%, or only infrastructure notes of the last 12 months were recorded; MISSING otherwise.</li>
 * <li><b>KNOWLEDGE_AND_TRAINING</b>: IN_PLACE with a training in the last 12 months and knowledge shared in that
 *     period (a lesson written in the knowledge base, or a knowledge note); PARTLY with one of the two; MISSING
 *     with neither.</li>
 * <li><b>POLICY</b>: the four items (fixed agenda item, residents on the board, an advisory body, board
 *     commitment). IN_PLACE with all four current and none ending within 12 months; PARTLY with one to four
 *     otherwise; MISSING with none.</li>
 * <li><b>LEGAL</b>: IN_PLACE with a current legal form other than "none" (the latest recorded counts);
 *     MISSING otherwise.</li>
 * <li><b>FINANCIAL</b>: IN_PLACE with current structural funding that does not end within 12 months; PARTLY with
 *     only project funding, or when all structural funding ends within 12 months; MISSING with no current funding.</li>
 * </ul>
 * The weakest strategy is the one with the worst standing, the first in {@link Strategy} order on a tie.
 */
public interface Anchoring {
    // An interface like knowledge.KnowledgeBase: the @Service implementing it lives in internal.

    /**
     * The six strategies of a collaboration on {@code today}, texts in {@code locale}.
     */
    AnchoringOverview overview(CollaborationId collaboration, LocalDate today, Locale locale);

    /**
     * As {@link #overview(CollaborationId, LocalDate, Locale)} in the locale of the current request
     * (Spring's {@code LocaleContextHolder}; Dutch outside a request).
     */
    AnchoringOverview overview(CollaborationId collaboration, LocalDate today);
}
