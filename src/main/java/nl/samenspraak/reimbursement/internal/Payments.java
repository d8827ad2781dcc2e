package nl.samenspraak.reimbursement.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.samenspraak.account.StaffAccounts;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.platform.Text;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approved claims leave for payment in batches: each claim in exactly one batch, so nobody is paid
 * twice, and a batch can be downloaded again as the same files.
 *
 * <p>Four eyes: when the collaboration's setting is on (the default) and it has more than one
 * coordinator, a new batch waits until another coordinator approves it; only then can its files be
 * downloaded and its claims count as paid. With one coordinator the batch is approved when made, and
 * the batch says that nobody else checked it.
 */
@Service
class Payments {

    private static final Pattern BIC = Pattern.compile("^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$");

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final Collaborations collaborations;
    private final StaffAccounts staff;

    Payments(JdbcClient jdbc, AuditTrail audit, Clock clock, Collaborations collaborations, StaffAccounts staff) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.collaborations = collaborations;
        this.staff = staff;
    }

    /** Whether a batch made now must wait for a second coordinator. */
    public boolean needsSecondApproval(UUID collaborationId) {
        return collaborations.paymentFourEyes(collaborationId) && staff.coordinatorCount(collaborationId) > 1;
    }

    public Optional<DebtorAccount> account(UUID collaborationId) {
        return jdbc.sql("SELECT debtor_name, iban, bic FROM reimbursement_account WHERE collaboration_id = :c")
                .param("c", collaborationId)
                .query((rs, n) -> new DebtorAccount(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
    }

    /** @throws InvalidClaimException on the fields debtorName, debtorIban or debtorBic */
    @Transactional
    public void saveAccount(UUID collaborationId, String name, String iban, String bic, String actor) {
        String debtor = Text.cleanOrNull(name);
        if (debtor == null || debtor.length() > Claims.HOLDER_MAX) {
            throw new InvalidClaimException("debtorName", "reimbursement.error.debtorName", Claims.HOLDER_MAX);
        }
        String account = Iban.normalise(iban);
        if (!Iban.valid(account)) {
            throw new InvalidClaimException("debtorIban", "reimbursement.error.iban");
        }
        String bank = Iban.normalise(bic);
        if (bank != null && !BIC.matcher(bank).matches()) {
            throw new InvalidClaimException("debtorBic", "reimbursement.error.bic");
        }
        jdbc.sql("""
                INSERT INTO reimbursement_account (collaboration_id, debtor_name, iban, bic, updated_at, updated_by)
                VALUES (:c, :name, :iban, :bic, :now, :actor)
                ON CONFLICT (collaboration_id) DO UPDATE SET debtor_name = :name, iban = :iban, bic = :bic,
                    updated_at = :now, updated_by = :actor
                """)
                .param("c", collaborationId).param("name", debtor).param("iban", account).param("bic", bank)
                .param("now", Timestamp.from(clock.instant())).param("actor", actor)
                .update();
        audit.record(collaborationId, actor, "reimbursement.account.save", "reimbursement_account", collaborationId, "saved");
    }

    /** How many approved claims wait for payment, and their total. */
    public record Waiting(int count, BigDecimal total) {}

    public Waiting waiting(UUID collaborationId) {
        return jdbc.sql("""
                SELECT count(*), coalesce(sum(amount), 0) FROM reimbursement_claim
                WHERE collaboration_id = :c AND status = 'APPROVED' AND batch_id IS NULL AND iban IS NOT NULL
                """)
                .param("c", collaborationId).query((rs, n) -> new Waiting(rs.getInt(1), rs.getBigDecimal(2))).single();
    }

    /**
     * Puts every approved, unpaid claim into a new batch: waiting for a second coordinator's approval
     * when {@link #needsSecondApproval} says so, else approved at once by its maker alone.
     *
     * @param staffId the coordinator who makes it (may not approve it when a second one is needed)
     * @throws InvalidClaimException when the paying account is not set or nothing waits
     */
    @Transactional
    public UUID export(UUID collaborationId, UUID staffId, String actor) {
        DebtorAccount account = account(collaborationId)
                .orElseThrow(() -> new InvalidClaimException("export", "reimbursement.error.noAccount"));
        List<UUID> ids = jdbc.sql("""
                SELECT id FROM reimbursement_claim
                WHERE collaboration_id = :c AND status = 'APPROVED' AND batch_id IS NULL AND iban IS NOT NULL
                ORDER BY seq FOR UPDATE
                """)
                .param("c", collaborationId).query(UUID.class).list();
        if (ids.isEmpty()) {
            throw new InvalidClaimException("export", "reimbursement.error.nothingToExport");
        }
        UUID batch = UUID.randomUUID();
        boolean waits = needsSecondApproval(collaborationId);
        jdbc.sql("""
                INSERT INTO reimbursement_batch (id, collaboration_id, created_at, created_by, created_by_staff,
                    execution_date, debtor_name, debtor_iban, debtor_bic, claim_count, total,
                    approved_at, approved_by, approved_by_staff, second_check)
                SELECT :id, :c, :now, :actor, :staff, :date, :name, :iban, :bic, count(*), sum(amount),
                    CASE WHEN :waits THEN NULL ELSE CAST(:now AS timestamptz) END,
                    CASE WHEN :waits THEN NULL ELSE CAST(:actor AS text) END,
                    CASE WHEN :waits THEN NULL ELSE CAST(:staff AS uuid) END, FALSE
                FROM reimbursement_claim WHERE id IN (:ids)
                """)
                .param("id", batch).param("c", collaborationId).param("now", Timestamp.from(clock.instant()))
                .param("actor", actor).param("staff", staffId).param("waits", waits)
                .param("date", LocalDate.now(clock)).param("name", account.name())
                .param("iban", account.iban()).param("bic", account.bic()).param("ids", ids)
                .update();
        jdbc.sql("UPDATE reimbursement_claim SET batch_id = :b WHERE id IN (:ids) AND collaboration_id = :c")
                .param("b", batch).param("ids", ids).param("c", collaborationId).update();
        audit.record(collaborationId, actor, "reimbursement.export", "reimbursement_batch", batch, ids.size() + " claims; "
                + (waits ? "waits for a second coordinator" : "approved by its maker, no second check"));
        return batch;
    }

    /**
     * A coordinator releases a waiting batch: from now on its files can be downloaded and its claims
     * count as paid. The maker may approve only when no second coordinator is needed (any more).
     *
     * @throws InvalidClaimException on the field {@code "approve-" + batch reference}: already approved, or the
     *                               maker's own batch while another coordinator must check it
     */
    @Transactional
    public void approve(UUID collaborationId, UUID batchId, UUID staffId, String actor) {
        PaymentBatch batch = jdbc.sql("SELECT * FROM reimbursement_batch WHERE id = :id AND collaboration_id = :c FOR UPDATE")
                .param("id", batchId).param("c", collaborationId).query(BATCH).optional()
                .orElseThrow(NotFoundException::new);
        PaymentBatch approved = batch.approve(staffId, needsSecondApproval(collaborationId), actor, clock.instant());
        jdbc.sql("""
                UPDATE reimbursement_batch SET approved_at = :at, approved_by = :actor, approved_by_staff = :staff,
                    second_check = :second
                WHERE id = :id AND collaboration_id = :c AND approved_at IS NULL
                """)
                .param("at", Timestamp.from(approved.approvedAt())).param("actor", approved.approvedBy())
                .param("staff", staffId).param("second", approved.secondCheck()).param("id", batchId)
                .param("c", collaborationId).update();
        audit.record(collaborationId, actor, "reimbursement.batch.approve", "reimbursement_batch", batchId,
                approved.secondCheck() ? "approved by a second coordinator" : "approved by its maker, no second check");
    }

    /** Batches, newest first, keyset-paged by {@code seq}. */
    public List<PaymentBatch> batches(UUID collaborationId, Long beforeSeq, int limit) {
        return jdbc.sql("SELECT * FROM reimbursement_batch WHERE collaboration_id = :c"
                        + " AND (CAST(:before AS bigint) IS NULL OR seq < :before) ORDER BY seq DESC LIMIT :limit")
                .param("c", collaborationId).param("before", beforeSeq).param("limit", limit).query(BATCH).list();
    }

    public Optional<PaymentBatch> batch(UUID collaborationId, UUID batchId) {
        return jdbc.sql("SELECT * FROM reimbursement_batch WHERE id = :id AND collaboration_id = :c")
                .param("id", batchId).param("c", collaborationId).query(BATCH).optional();
    }

    /** The claims of a batch that can still be paid: an erased resident's bank details are gone. */
    public List<Claim> claimsOf(PaymentBatch batch) {
        return jdbc.sql("SELECT " + Claims.COLUMNS + " FROM reimbursement_claim c"
                        + " WHERE c.collaboration_id = :c AND c.batch_id = :b AND c.iban IS NOT NULL ORDER BY c.seq")
                .param("c", batch.collaborationId()).param("b", batch.id()).query(Claims.ROW).list();
    }

    /** Records who downloaded a batch file: it holds residents' bank details. */
    public void downloaded(PaymentBatch batch, String format, String actor) {
        audit.record(batch.collaborationId(), actor, "reimbursement.download." + format.toLowerCase(Locale.ROOT),
                "reimbursement_batch", batch.id(), "downloaded");
    }

    private static final RowMapper<PaymentBatch> BATCH = (rs, n) -> new PaymentBatch(rs.getObject("id", UUID.class),
            rs.getObject("collaboration_id", UUID.class), rs.getTimestamp("created_at").toInstant(),
            rs.getString("created_by"), rs.getObject("execution_date", LocalDate.class), rs.getString("debtor_name"),
            rs.getString("debtor_iban"), rs.getString("debtor_bic"), rs.getInt("claim_count"),
            rs.getBigDecimal("total"), rs.getLong("seq"), rs.getObject("created_by_staff", UUID.class),
            rs.getTimestamp("approved_at") == null ? null : rs.getTimestamp("approved_at").toInstant(),
            rs.getString("approved_by"), rs.getBoolean("second_check"));
}
