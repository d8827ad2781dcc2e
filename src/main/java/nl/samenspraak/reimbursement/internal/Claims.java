package nl.samenspraak.reimbursement.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.platform.Text;
import nl.samenspraak.reimbursement.ClaimId;
import nl.samenspraak.resident.Resident;
import nl.samenspraak.resident.Residents;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Claims as residents (or staff for them) hand them in, and as they are read back. */
@Service
class Claims {

    static final int ACTIVITY_MAX = 300;
    static final int HOLDER_MAX = 70;
    private static final BigDecimal KM_MAX = new BigDecimal("5000");
    private static final BigDecimal HOURS_MAX = new BigDecimal("200");
    private static final BigDecimal AMOUNT_MAX = new BigDecimal("10000");
    static final String COLUMNS = "c.id, c.collaboration_id, c.resident_id, c.kind, c.activity, c.activity_date,"
            + " c.kilometres, c.hours, c.under_21, c.rate, c.amount, c.iban, c.account_holder, c.status, c.reason,"
            + " c.submitted_at, c.submitted_by, c.decided_at, c.decided_by, c.over_limit,"
            // A claim counts as paid only once its batch is approved (four eyes); until then it shows as approved.
            + " (SELECT b.id FROM reimbursement_batch b WHERE b.id = c.batch_id AND b.approved_at IS NOT NULL) AS batch_id,"
            + " c.seq,"
            + " EXISTS (SELECT 1 FROM reimbursement_receipt r WHERE r.claim_id = c.id) AS has_receipt";

    private final JdbcClient jdbc;
    private final Residents residents;
    private final Limits limits;
    private final Clock clock;

    Claims(JdbcClient jdbc, Residents residents, Limits limits, Clock clock) {
        this.jdbc = jdbc;
        this.residents = residents;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Checks and stores a claim with its receipt.
     *
     * @param submittedBy the staff member who typed it in from paper, or null when the resident did it
     * @throws InvalidClaimException when a rule is broken; nothing is stored then
     */
    @Transactional
    public UUID submit(UUID collaborationId, UUID residentId, ClaimDraft draft, String submittedBy) {
        Resident resident = residents.find(collaborationId, residentId).filter(r -> !r.erased())
                .orElseThrow(NotFoundException::new);
        if (draft.kind() == null) {
            throw new InvalidClaimException("kind", "reimbursement.error.kind");
        }
        String activity = Text.cleanOrNull(draft.activity());
        if (activity == null) {
            throw new InvalidClaimException("activity", "reimbursement.error.activity");
        }
        if (activity.length() > ACTIVITY_MAX) {
            throw new InvalidClaimException("activity", "reimbursement.error.activityTooLong", ACTIVITY_MAX);
        }
        LocalDate date = draft.activityDate();
        if (date == null) {
            throw new InvalidClaimException("activityDate", "reimbursement.error.activityDate");
        }
        if (date.isAfter(LocalDate.now(clock))) {
            throw new InvalidClaimException("activityDate", "reimbursement.error.activityDateFuture");
        }
        YearLimits year = limits.forYear(date.getYear())
                .orElseThrow(() -> new InvalidClaimException("activityDate", "reimbursement.error.noLimits", date.getYear()));
        Priced priced = price(draft, year);
        String iban = Iban.normalise(draft.iban());
        if (iban == null && draft.useLastAccount()) {
            iban = lastAccount(collaborationId, residentId).map(Account::iban).orElse(null);
        }
        if (iban == null) {
            throw new InvalidClaimException("iban", "reimbursement.error.ibanRequired");
        }
        if (!Iban.valid(iban)) {
            throw new InvalidClaimException("iban", "reimbursement.error.iban");
        }
        String holder = Text.cleanOrNull(draft.accountHolder());
        if (holder == null && draft.useLastAccount() && Text.cleanOrNull(draft.iban()) == null) {
            holder = lastAccount(collaborationId, residentId).map(Account::holder).orElse(null);
        }
        if (holder == null) {
            throw new InvalidClaimException("accountHolder", "reimbursement.error.accountHolder");
        }
        if (holder.length() > HOLDER_MAX) {
            throw new InvalidClaimException("accountHolder", "reimbursement.error.accountHolderTooLong", HOLDER_MAX);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO reimbursement_claim (id, collaboration_id, resident_id, kind, activity, activity_date,
                    kilometres, hours, under_21, rate, amount, iban, account_holder, status, submitted_at, submitted_by)
                VALUES (:id, :c, :r, :kind, :activity, :date, :km, :hours, :young, :rate, :amount, :iban, :holder,
                    'SUBMITTED', :now, :by)
                """)
                .param("id", id).param("c", collaborationId).param("r", resident.id()).param("kind", draft.kind().name())
                .param("activity", activity).param("date", date).param("km", priced.kilometres())
                .param("hours", priced.hours()).param("young", draft.under21()).param("rate", priced.rate())
                .param("amount", priced.amount()).param("iban", iban).param("holder", holder)
                .param("now", Timestamp.from(clock.instant())).param("by", submittedBy)
                .update();
        if (draft.receipt() != null) {
            Receipt receipt = draft.receipt();
            jdbc.sql("""
                    INSERT INTO reimbursement_receipt (claim_id, collaboration_id, content_type, display_name, size, bytes, created_at)
                    VALUES (:id, :c, :type, :name, :size, :bytes, :now)
                    """)
                    .param("id", id).param("c", collaborationId).param("type", receipt.contentType())
                    .param("name", receipt.displayName()).param("size", receipt.bytes().length)
                    .param("bytes", receipt.bytes()).param("now", Timestamp.from(clock.instant()))
                    .update();
        }
        return id;
    }

    private record Priced(BigDecimal kilometres, BigDecimal hours, BigDecimal rate, BigDecimal amount) {}

    private static Priced price(ClaimDraft draft, YearLimits year) {
        return switch (draft.kind()) {
            case TRAVEL_KM -> {
                BigDecimal km = positive(draft.kilometres(), KM_MAX, "kilometres", "reimbursement.error.kilometres");
                yield new Priced(km, null, year.kmRate(), money(km.multiply(year.kmRate())));
            }
            case TRAVEL_TICKET -> new Priced(null, null, null,
                    money(positive(draft.amount(), AMOUNT_MAX, "amount", "reimbursement.error.amount")));
            case ALLOWANCE -> {
                if (draft.hours() != null && draft.amount() != null) {
                    throw new InvalidClaimException("hours", "reimbursement.error.hoursOrAmount");
                }
                if (draft.hours() != null) {
                    BigDecimal hours = positive(draft.hours(), HOURS_MAX, "hours", "reimbursement.error.hours");
                    BigDecimal rate = year.hourlyMax(draft.under21());
                    yield new Priced(null, hours, rate, money(hours.multiply(rate)));
                }
                yield new Priced(null, null, null,
                        money(positive(draft.amount(), AMOUNT_MAX, "amount", "reimbursement.error.allowanceAmount")));
            }
        };
    }

    private static BigDecimal positive(BigDecimal value, BigDecimal max, String field, String key) {
        if (value == null || value.signum() <= 0 || value.compareTo(max) > 0) {
            throw new InvalidClaimException(field, key, max);
        }
        return value;
    }

    static BigDecimal money(BigDecimal value) {
        BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP);
        if (rounded.signum() <= 0) {
            throw new InvalidClaimException("amount", "reimbursement.error.amountTooSmall");
        }
        return rounded;
    }

    /** The bank account of the resident's latest claim that still has one. */
    public Optional<Account> lastAccount(UUID collaborationId, UUID residentId) {
        return jdbc.sql("""
                SELECT iban, account_holder FROM reimbursement_claim
                WHERE collaboration_id = :c AND resident_id = :r AND iban IS NOT NULL ORDER BY seq DESC LIMIT 1
                """)
                .param("c", collaborationId).param("r", residentId)
                .query((rs, n) -> new Account(rs.getString(1), rs.getString(2))).optional();
    }

    /** Where a resident's money goes. */
    public record Account(String iban, String holder) {
        public String masked() {
            return Iban.masked(iban);
        }
    }

    public Optional<Claim> find(UUID collaborationId, UUID claimId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reimbursement_claim c WHERE c.id = :id AND c.collaboration_id = :c")
                .param("id", claimId).param("c", collaborationId).query(ROW).optional();
    }

    /** The claim, its row locked until the transaction ends: read it like this before deciding. */
    Optional<Claim> findForUpdate(UUID collaborationId, ClaimId claimId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reimbursement_claim c WHERE c.id = :id AND c.collaboration_id = :c"
                        + " FOR UPDATE OF c")
                .param("id", claimId.value()).param("c", collaborationId).query(ROW).optional();
    }

    /** Stores a decision the claim took ({@link Claim#approve}, {@link Claim#reject}). */
    void saveDecision(Claim decided) {
        jdbc.sql("""
                UPDATE reimbursement_claim SET status = :s, reason = :reason, decided_at = :at, decided_by = :actor,
                    over_limit = :over
                WHERE id = :id AND collaboration_id = :c
                """)
                .param("s", decided.status().name()).param("reason", decided.reason())
                .param("at", Timestamp.from(decided.decidedAt())).param("actor", decided.decidedBy())
                .param("over", decided.overLimit()).param("id", decided.id()).param("c", decided.collaborationId())
                .update();
    }

    /** Every claim of one resident, their rows locked until the transaction ends: for erasure. */
    List<Claim> allOfResidentForUpdate(UUID collaborationId, UUID residentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reimbursement_claim c"
                        + " WHERE c.collaboration_id = :c AND c.resident_id = :r ORDER BY c.seq FOR UPDATE OF c")
                .param("c", collaborationId).param("r", residentId).query(ROW).list();
    }

    /** Stores what erasure left of a claim ({@link Claim#erased}). */
    void saveErasure(Claim erased) {
        jdbc.sql("""
                UPDATE reimbursement_claim SET activity = :activity, reason = :reason, iban = :iban,
                    account_holder = :holder, status = :s
                WHERE id = :id AND collaboration_id = :c
                """)
                .param("activity", erased.activity()).param("reason", erased.reason()).param("iban", erased.iban())
                .param("holder", erased.accountHolder()).param("s", erased.status().name()).param("id", erased.id())
                .param("c", erased.collaborationId()).update();
    }

    /** All claims of one resident, newest first: what their personal page shows. */
    public List<Claim> ofResident(UUID collaborationId, UUID residentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reimbursement_claim c"
                        + " WHERE c.collaboration_id = :c AND c.resident_id = :r ORDER BY c.seq DESC LIMIT 200")
                .param("c", collaborationId).param("r", residentId).query(ROW).list();
    }

    /** One page of claims with a status, newest first; pass the last seen {@code seq} for the next page. */
    public List<Claim> page(UUID collaborationId, ClaimStatus status, Long beforeSeq, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reimbursement_claim c WHERE c.collaboration_id = :c AND c.status = :s"
                        + " AND (CAST(:before AS bigint) IS NULL OR c.seq < :before) ORDER BY c.seq DESC LIMIT :limit")
                .param("c", collaborationId).param("s", status.name()).param("before", beforeSeq).param("limit", limit)
                .query(ROW).list();
    }

    static final RowMapper<Claim> ROW = (rs, n) -> new Claim(rs.getObject("id", UUID.class),
            rs.getObject("collaboration_id", UUID.class), rs.getObject("resident_id", UUID.class),
            ClaimKind.valueOf(rs.getString("kind")), rs.getString("activity"),
            rs.getObject("activity_date", LocalDate.class), rs.getBigDecimal("kilometres"), rs.getBigDecimal("hours"),
            rs.getBoolean("under_21"), rs.getBigDecimal("rate"), rs.getBigDecimal("amount"), rs.getString("iban"),
            rs.getString("account_holder"), ClaimStatus.valueOf(rs.getString("status")), rs.getString("reason"),
            rs.getTimestamp("submitted_at").toInstant(), rs.getString("submitted_by"),
            rs.getTimestamp("decided_at") == null ? null : rs.getTimestamp("decided_at").toInstant(),
            rs.getString("decided_by"), rs.getBoolean("over_limit"), rs.getObject("batch_id", UUID.class),
            rs.getBoolean("has_receipt"), rs.getLong("seq"));
}
