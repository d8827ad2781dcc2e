package nl.samenspraak.reimbursement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.samenspraak.resident.ContactChannel;
import nl.samenspraak.resident.ResidentDetails;
import nl.samenspraak.resident.Residents;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.springframework.context.ApplicationContext;

/** Test data for reimbursements: residents who claim, valid receipts, valid bank accounts. */
public final class ClaimFixtures {

    /** Valid IBANs (mod 97) from the banks' own examples. */
    public static final String IBAN = "NL91ABNA0417164300";
    public static final String OTHER_IBAN = "NL20INGB0001234567";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private ClaimFixtures() {}

    /** A resident who wants e-mail, in Dutch. */
    public static UUID aResident(ApplicationContext context, UUID collaborationId) {
        int n = COUNTER.incrementAndGet();
        return context.getBean(Residents.class).register(collaborationId, new ResidentDetails("Ans de Vries " + n,
                "ans" + n + "@example.org", null, null, ContactChannel.EMAIL, "nl"));
    }

    /** A resident who wants a letter, in English. */
    public static UUID aResidentByPost(ApplicationContext context, UUID collaborationId) {
        int n = COUNTER.incrementAndGet();
        return context.getBean(Residents.class).register(collaborationId, new ResidentDetails("Kees Jansen " + n,
                null, null, "Dorpsstraat " + n + "\n1234 AB Dorp", ContactChannel.POST, "en"));
    }

    public static ClaimDraft travelByCar(String km, LocalDate on) {
        return new ClaimDraft(ClaimKind.TRAVEL_KM, "Overleg in het buurthuis", on, new BigDecimal(km), null, null, false,
                IBAN, "A. de Vries", false, null);
    }

    public static ClaimDraft allowance(String amount, LocalDate on) {
        return new ClaimDraft(ClaimKind.ALLOWANCE, "Meedenken in de klankbordgroep", on, null, new BigDecimal(amount),
                null, false, IBAN, "A. de Vries", false, null);
    }

    public static ClaimDraft ticketWithReceipt(String amount, LocalDate on) {
        return new ClaimDraft(ClaimKind.TRAVEL_TICKET, "Bus naar de bijeenkomst", on, null, new BigDecimal(amount), null,
                false, IBAN, "A. de Vries", false, ReceiptCheck.check("kaartje.png", png()));
    }

    /** A claim with a receipt, approved and exported: ids of the claim and its payment batch. */
    public static UUID[] aPaidClaimWithReceipt(ApplicationContext context, UUID collaborationId, String actor) {
        UUID resident = aResident(context, collaborationId);
        UUID claim = context.getBean(Claims.class).submit(collaborationId, resident,
                ticketWithReceipt("4.60", LocalDate.now(context.getBean(Clock.class)).minusDays(3)), null);
        context.getBean(Decisions.class).approve(collaborationId, claim, false, actor);
        Payments payments = context.getBean(Payments.class);
        payments.saveAccount(collaborationId, "Stichting Samen Gezond", OTHER_IBAN, "INGBNL2A", actor);
        UUID maker = context.getBean(nl.samenspraak.account.StaffAccounts.class).idByEmail(actor).orElseThrow();
        return new UUID[] {claim, payments.export(collaborationId, maker, actor)};
    }

    /** The smallest real PNG: one transparent pixel. */
    public static byte[] png() {
        return java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    }

    public static byte[] jpeg() {
        return new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1,
                0, 1, 0, 0, (byte) 0xFF, (byte) 0xD9};
    }

    /** A plain one-page PDF as PDFBox writes it (with compressed object streams). */
    public static byte[] pdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
