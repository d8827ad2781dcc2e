package nl.samenspraak.reimbursement.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.platform.Text;
import nl.samenspraak.resident.ResidentMessages.Delivery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A coordinator approves or rejects a claim; the resident is told in their own channel and
 * language. Approving an allowance that would go over the month's or year's tax-free limit needs
 * an explicit confirmation: going over is not forbidden, but then the whole allowance counts as
 * income for the resident, so it must be a conscious choice.
 */
@Service
class Decisions {

    static final int REASON_MAX = 2000;

    private final JdbcClient jdbc;
    private final Claims claims;
    private final Limits limits;
    private final ClaimNotices notices;
    private final AuditTrail audit;
    private final Clock clock;

    Decisions(JdbcClient jdbc, Claims claims, Limits limits, ClaimNotices notices, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.claims = claims;
        this.limits = limits;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    /** The limit check for an allowance claim; empty for travel costs, which do not count towards the limits. */
    public Optional<LimitCheck> check(Claim claim) {
        if (!claim.kind().countsTowardsLimits()) {
            return Optional.empty();
        }
        return limits.forYear(claim.activityDate().getYear()).map(year -> {
            var totals = jdbc.sql("""
                    SELECT coalesce(sum(amount) FILTER (WHERE date_trunc('month', activity_date) = date_trunc('month', CAST(:d AS date))), 0),
                           coalesce(sum(amount), 0)
                    FROM reimbursement_claim
                    WHERE collaboration_id = :c AND resident_id = :r AND kind = 'ALLOWANCE' AND status = 'APPROVED'
                      AND id <> :id AND activity_date >= make_date(:y, 1, 1) AND activity_date < make_date(:y + 1, 1, 1)
                    """)
                    .param("d", claim.activityDate()).param("c", claim.collaborationId()).param("r", claim.residentId())
                    .param("id", claim.id()).param("y", claim.activityDate().getYear())
                    .query((rs, n) -> new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2)}).single();
            return LimitCheck.of(year, totals[0], totals[1], claim.amount());
        });
    }

    /**
     * @param confirmOverLimit the coordinator ticked that they know the claim goes over a limit
     * @throws InvalidClaimException when the claim was already decided, or goes over a limit unconfirmed
     */
    @Transactional
    public Delivery approve(UUID collaborationId, UUID claimId, boolean confirmOverLimit, String actor) {
        Claim claim = lockedUndecided(collaborationId, claimId);
        Optional<LimitCheck> check = check(claim);
        boolean over = check.map(LimitCheck::exceeds).orElse(false);
        if (over && !confirmOverLimit) {
            throw new InvalidClaimException("confirmOverLimit", "reimbursement.error.confirmOverLimit");
        }
        decide(claim, ClaimStatus.APPROVED, null, over, actor);
        audit.record(collaborationId, actor, over ? "reimbursement.approve.overLimit" : "reimbursement.approve",
                "reimbursement_claim", claimId, "approved " + claim.amount().toPlainString());
        return notices.decided(claim, ClaimStatus.APPROVED, null);
    }

    /** @throws InvalidClaimException when no reason is given or the claim was already decided */
    @Transactional
    public Delivery reject(UUID collaborationId, UUID claimId, String reason, String actor) {
        String why = Text.cleanOrNull(reason);
        if (why == null) {
            throw new InvalidClaimException("reason", "reimbursement.error.reason");
        }
        if (why.length() > REASON_MAX) {
            throw new InvalidClaimException("reason", "reimbursement.error.reasonTooLong", REASON_MAX);
        }
        Claim claim = lockedUndecided(collaborationId, claimId);
        decide(claim, ClaimStatus.REJECTED, why, false, actor);
        audit.record(collaborationId, actor, "reimbursement.reject", "reimbursement_claim", claimId, "rejected");
        return notices.decided(claim, ClaimStatus.REJECTED, why);
    }

    /**
     * Locks the claim, and the resident's claims as a whole, so that two coordinators approving two
     * claims of one resident at once cannot both slip under the limit.
     */
    private Claim lockedUndecided(UUID collaborationId, UUID claimId) {
        Claim claim = claims.find(collaborationId, claimId).orElseThrow(NotFoundException::new);
        jdbc.sql("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext(CAST(:r AS text)))) AS l")
                .param("r", claim.residentId()).query(Integer.class).single();
        String status = jdbc.sql("SELECT status FROM reimbursement_claim WHERE id = :id FOR UPDATE")
                .param("id", claimId).query(String.class).single();
        if (!ClaimStatus.SUBMITTED.name().equals(status)) {
            throw new InvalidClaimException("decision", "reimbursement.error.alreadyDecided");
        }
        return claim;
    }

    private void decide(Claim claim, ClaimStatus status, String reason, boolean overLimit, String actor) {
        jdbc.sql("""
                UPDATE reimbursement_claim SET status = :s, reason = :reason, decided_at = :now, decided_by = :actor,
                    over_limit = :over
                WHERE id = :id AND collaboration_id = :c
                """)
                .param("s", status.name()).param("reason", reason).param("now", Timestamp.from(clock.instant()))
                .param("actor", actor).param("over", overLimit).param("id", claim.id())
                .param("c", claim.collaborationId())
                .update();
    }
}
