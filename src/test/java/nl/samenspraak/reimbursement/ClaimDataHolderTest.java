package nl.samenspraak.reimbursement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.resident.PersonalDataHolder;
import nl.samenspraak.resident.PersonalDataSection;
import nl.samenspraak.resident.ResidentIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A resident's claims, bank details and receipts are all in their export, and gone after erasure. */
class ClaimDataHolderTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired Claims claims;
    @Autowired Decisions decisions;
    @Autowired List<PersonalDataHolder> holders;
    @Autowired JdbcClient jdbc;

    @Test
    void exportListsEveryClaimAndReceiptAndErasureLeavesNothingThatIdentifies() {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID[] paid = ClaimFixtures.aPaidClaimWithReceipt(context, c, world.coordinatorEmail());
        UUID resident = claims.find(c, paid[0]).orElseThrow().residentId();
        UUID open = claims.submit(c, resident, ClaimFixtures.travelByCar("7", today().minusDays(1)), null);
        UUID rejected = claims.submit(c, resident, ClaimFixtures.allowance("15", today().minusDays(1)), null);
        decisions.reject(c, rejected, "Ans de Vries was er die dag niet", world.coordinatorEmail());
        UUID someoneElse = ClaimFixtures.aResident(context, c);
        UUID untouched = claims.submit(c, someoneElse, ClaimFixtures.travelByCar("3", today().minusDays(1)), null);
        PersonalDataHolder holder = holders.stream().filter(ClaimDataHolder.class::isInstance).findFirst().orElseThrow();
        ResidentIdentity who = new ResidentIdentity(c, resident, null, null);

        List<PersonalDataSection> sections = holder.export(who);
        assertThat(sections).extracting(PersonalDataSection::titleKey)
                .containsExactly("reimbursement.data.claims", "reimbursement.data.receipts");
        assertThat(sections.getFirst().records()).hasSize(3);
        assertThat(sections.getFirst().records().toString()).contains(ClaimFixtures.IBAN).contains("Bus naar de bijeenkomst")
                .contains("Ans de Vries was er die dag niet");
        assertThat(sections.get(1).records().toString()).contains("kaartje.png");

        holder.erase(who);
        assertThat(holder.export(who).getFirst().records().toString()).doesNotContain(ClaimFixtures.IBAN)
                .doesNotContain("A. de Vries").doesNotContain("Bus naar").doesNotContain("was er die dag niet");
        assertThat(holder.export(who)).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM reimbursement_claim WHERE resident_id = :r AND (iban IS NOT NULL"
                        + " OR account_holder IS NOT NULL OR activity IS NOT NULL OR reason IS NOT NULL)")
                .param("r", resident).query(Long.class).single()).isZero();
        assertThat(claims.find(c, open).orElseThrow().status()).isEqualTo(ClaimStatus.WITHDRAWN);
        Claim paidClaim = claims.find(c, paid[0]).orElseThrow();
        assertThat(paidClaim.status()).as("the paid claim stays in the accounts").isEqualTo(ClaimStatus.APPROVED);
        assertThat(paidClaim.amount()).isEqualByComparingTo("4.60");
        assertThat(claims.find(c, untouched).orElseThrow().iban()).isEqualTo(ClaimFixtures.IBAN);
    }
}
