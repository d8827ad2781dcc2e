package nl.samenspraak.pool;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A commitment (intentieverklaring) both sides agreed to, as other modules may read it: no texts, no contact details.
 *
 * @param role      the pool's role name: SOUNDING_BOARD, RESIDENT_BOARD_MEMBER, NEIGHBOURHOOD_CONNECTOR,
 *                  EXPERIENCED_EXPERT or OTHER
 * @param roleOther the resident's own words for an OTHER role, else null
 * @param ongoing   true while it is active, false once ended
 */
public record AgreedCommitment(CommitmentId id, UUID residentId, String role, String roleOther, LocalDate startsOn,
                               LocalDate endsOn, boolean ongoing) {
}
