package nl.samenspraak.reimbursement.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.reimbursement.ClaimId;
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
    public Delivery approve(UUID collaborationId, ClaimId claimId, boolean confirmOverLimit, String actor) {
        Claim claim = locked(collaborationId, claimId);
        boolean over = check(claim).map(LimitCheck::exceeds).orElse(false);
        Claim approved = claim.approve(over, confirmOverLimit, actor, clock.instant());
        claims.saveDecision(approved);
        audit.record(collaborationId, actor, over ? "reimbursement.approve.overLimit" : "reimbursement.approve",
                "reimbursement_claim", claimId.value(), "approved " + claim.amount().toPlainString());
        return notices.decided(approved, approved.status(), null);
    }

    /** @throws InvalidClaimException when no reason is given or the claim was already decided */
    @Transactional
    public Delivery reject(UUID collaborationId, ClaimId claimId, String reason, String actor) {
        Claim.rejectionReason(reason); // a missing reason is told before whether the claim exists
        Claim rejected = locked(collaborationId, claimId).reject(reason, actor, clock.instant());
        claims.saveDecision(rejected);
        audit.record(collaborationId, actor, "reimbursement.reject", "reimbursement_claim", claimId.value(), "rejected");
        return notices.decided(rejected, rejected.status(), rejected.reason());
    }

    /**
     * Locks the claim, and the resident's claims as a whole, so that two coordinators approving two
     * claims of one resident at once cannot both slip under the limit; returns the claim as it is
     * once both locks are held.
     */
    private Claim locked(UUID collaborationId, ClaimId claimId) {
        Claim claim = claims.find(collaborationId, claimId.value()).orElseThrow(NotFoundException::new);
        jdbc.sql("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext(CAST(:r AS text)))) AS l")
                .param("r", claim.residentId()).query(Integer.class).single();
        return claims.findForUpdate(collaborationId, claimId).orElseThrow(NotFoundException::new);
    }
}
