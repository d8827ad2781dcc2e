package nl.samenspraak.reimbursement.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A new claim as the resident (or staff for them) gave it, before the rules are checked.
 *
 * @param kilometres     for {@link ClaimKind#TRAVEL_KM}
 * @param amount         for a ticket, or an allowance as a fixed amount
 * @param hours          for an allowance per hour (then amount stays empty)
 * @param under21        the resident says they are younger than 21: a lower hourly maximum applies
 * @param useLastAccount pay to the account of the resident's previous claim when no IBAN is typed
 * @param receipt        a checked file, or null
 */
record ClaimDraft(ClaimKind kind, String activity, LocalDate activityDate, BigDecimal kilometres,
                         BigDecimal amount, BigDecimal hours, boolean under21, String iban, String accountHolder,
                         boolean useLastAccount, Receipt receipt) {}
