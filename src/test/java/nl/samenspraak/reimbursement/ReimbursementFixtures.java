package nl.samenspraak.reimbursement;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.samenspraak.account.StaffAccounts;
import nl.samenspraak.resident.ContactChannel;
import nl.samenspraak.resident.ResidentDetails;
import nl.samenspraak.resident.Residents;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Claims for the tests of other modules (privacy, isolation, the role matrix, the browser journey).
 * The reimbursement module has no API, so these are written straight into its own tables, as the
 * module itself would have stored them; its own tests use {@code internal.ClaimFixtures}, which go
 * through the rules.
 */
public final class ReimbursementFixtures {

    /** Valid IBANs (mod 97) from the banks' own examples. */
    public static final String IBAN = "NL91ABNA0417164300";
    public static final String OTHER_IBAN = "NL20INGB0001234567";
    /** The smallest real PNG: one transparent pixel. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private ReimbursementFixtures() {}

    /** A resident who wants e-mail, in Dutch. */
    public static UUID aResident(ApplicationContext context, UUID collaborationId) {
        int n = COUNTER.incrementAndGet();
        return context.getBean(Residents.class).register(collaborationId, new ResidentDetails("Ans de Vries " + n,
                "ans" + n + "@example.org", null, null, ContactChannel.EMAIL, "nl"));
    }

    /** An allowance as a fixed amount, submitted by the resident and not yet decided: the claim's id. */
    public static UUID anAllowance(ApplicationContext context, UUID collaborationId, UUID residentId, String amount,
                                   LocalDate on) {
        return insertClaim(context, collaborationId, residentId, "ALLOWANCE", "Meedenken in de klankbordgroep", on,
                amount, IBAN, "A. de Vries", "SUBMITTED", null, null);
    }

    /** An allowance as a fixed amount, approved within the limits by {@code actor}: the claim's id. */
    public static UUID anApprovedAllowance(ApplicationContext context, UUID collaborationId, UUID residentId,
                                           String amount, LocalDate on, String actor) {
        return insertClaim(context, collaborationId, residentId, "ALLOWANCE", "Meedenken in de klankbordgroep", on,
                amount, IBAN, "A. de Vries", "APPROVED", actor, null);
    }

    /** A bus ticket of € 4.60 with its receipt, to be paid to {@code iban} of {@code holder}: the claim's id. */
    public static UUID aTicketWithReceipt(ApplicationContext context, UUID collaborationId, UUID residentId,
                                          String iban, String holder, LocalDate on) {
        UUID claim = insertClaim(context, collaborationId, residentId, "TRAVEL_TICKET", "Bus naar de bijeenkomst", on,
                "4.60", iban, holder, "SUBMITTED", null, null);
        insertReceipt(context, collaborationId, claim);
        return claim;
    }

    /**
     * A claim with a receipt, approved and in a payment batch that {@code actor} made and released
     * alone (as with a single coordinator): ids of the claim and its batch.
     */
    public static UUID[] aPaidClaimWithReceipt(ApplicationContext context, UUID collaborationId, String actor) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        Timestamp now = Timestamp.from(context.getBean(Clock.class).instant());
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        UUID maker = context.getBean(StaffAccounts.class).idByEmail(actor).orElseThrow();
        jdbc.sql("""
                INSERT INTO reimbursement_account (collaboration_id, debtor_name, iban, bic, updated_at, updated_by)
                VALUES (:c, 'Stichting Samen Gezond', :iban, 'INGBNL2A', :now, :actor)
                ON CONFLICT (collaboration_id) DO NOTHING
                """)
                .param("c", collaborationId).param("iban", OTHER_IBAN).param("now", now).param("actor", actor).update();
        UUID batch = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO reimbursement_batch (id, collaboration_id, created_at, created_by, created_by_staff,
                    execution_date, debtor_name, debtor_iban, debtor_bic, claim_count, total,
                    approved_at, approved_by, approved_by_staff, second_check)
                VALUES (:id, :c, :now, :actor, :staff, :date, 'Stichting Samen Gezond', :iban, 'INGBNL2A', 1, 4.60,
                    :now, :actor, :staff, FALSE)
                """)
                .param("id", batch).param("c", collaborationId).param("now", now).param("actor", actor)
                .param("staff", maker).param("date", today).param("iban", OTHER_IBAN).update();
        UUID claim = insertClaim(context, collaborationId, aResident(context, collaborationId), "TRAVEL_TICKET",
                "Bus naar de bijeenkomst", today.minusDays(3), "4.60", IBAN, "A. de Vries", "APPROVED", actor, batch);
        insertReceipt(context, collaborationId, claim);
        return new UUID[] {claim, batch};
    }

    /** The statuses of a resident's claims, newest first, by name. */
    public static List<String> statusesOf(ApplicationContext context, UUID collaborationId, UUID residentId) {
        return context.getBean(JdbcClient.class).sql("""
                SELECT status FROM reimbursement_claim WHERE collaboration_id = :c AND resident_id = :r ORDER BY seq DESC
                """)
                .param("c", collaborationId).param("r", residentId).query(String.class).list();
    }

    /** The reference people see of the collaboration's newest payment batch ("B12"). */
    public static String newestBatchReference(ApplicationContext context, UUID collaborationId) {
        return "B" + context.getBean(JdbcClient.class).sql("""
                SELECT seq FROM reimbursement_batch WHERE collaboration_id = :c ORDER BY seq DESC LIMIT 1
                """)
                .param("c", collaborationId).query(Long.class).single();
    }

    private static UUID insertClaim(ApplicationContext context, UUID collaborationId, UUID residentId, String kind,
                                    String activity, LocalDate on, String amount, String iban, String holder,
                                    String status, String decidedBy, UUID batch) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(context.getBean(Clock.class).instant());
        context.getBean(JdbcClient.class).sql("""
                INSERT INTO reimbursement_claim (id, collaboration_id, resident_id, kind, activity, activity_date, amount,
                    iban, account_holder, status, submitted_at, decided_at, decided_by, batch_id)
                VALUES (:id, :c, :r, :kind, :activity, :on, :amount, :iban, :holder, :status, :now,
                    CASE WHEN CAST(:by AS text) IS NULL THEN NULL ELSE CAST(:now AS timestamptz) END, :by, :batch)
                """)
                .param("id", id).param("c", collaborationId).param("r", residentId).param("kind", kind)
                .param("activity", activity).param("on", on).param("amount", new BigDecimal(amount))
                .param("iban", iban).param("holder", holder).param("status", status).param("now", now)
                .param("by", decidedBy).param("batch", batch).update();
        return id;
    }

    private static void insertReceipt(ApplicationContext context, UUID collaborationId, UUID claim) {
        context.getBean(JdbcClient.class).sql("""
                INSERT INTO reimbursement_receipt (claim_id, collaboration_id, content_type, display_name, size, bytes, created_at)
                VALUES (:id, :c, 'image/png', 'kaartje.png', :size, :bytes, :now)
                """)
                .param("id", claim).param("c", collaborationId).param("size", PNG.length).param("bytes", PNG)
                .param("now", Timestamp.from(context.getBean(Clock.class).instant())).update();
    }
}
