package nl.samenspraak.pool.internal;

/**
 * Why a member may not be invited to an activity. The limits are the member's own; the
 * others protect them too (no consent, no way to reach them, asked already).
 */
enum Misfit {
    WITHDRAWN, NO_CONSENT, UNREACHABLE, ALREADY_INVITED, INTEREST, ENERGY, HOURS, DAY, TIME, ASKED_TOO_OFTEN, WAY
}
