package nl.samenspraak.reimbursement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.resident.ResidentMessages.Delivery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The rules of a claim: amounts from the year's settings, decisions against the tax-free limits, residents told. */
class ClaimsTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired Claims claims;
    @Autowired Decisions decisions;
    @Autowired JdbcClient jdbc;

    private static final LocalDate MAY_2025 = LocalDate.of(2025, 5, 12);

    @Test
    void travelByOwnTransportIsKilometresTimesTheYearsRateRoundedToCents() {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID resident = ClaimFixtures.aResident(context, c);
        Claim claim = claims.find(c, claims.submit(c, resident, ClaimFixtures.travelByCar("12.5", MAY_2025), null)).orElseThrow();
        assertThat(claim.rate()).isEqualByComparingTo("0.23");
        assertThat(claim.amount()).isEqualByComparingTo("2.88"); // 12.5 × 0.23 = 2.875
        assertThat(claim.status()).isEqualTo(ClaimStatus.SUBMITTED);
    }

    @Test
    void allowancePerHourUsesTheHourlyMaximumForTheResidentsAge() {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID resident = ClaimFixtures.aResident(context, c);
        ClaimDraft adult = new ClaimDraft(ClaimKind.ALLOWANCE, "Klankbordgroep", MAY_2025, null, null, new BigDecimal("3"),
                false, ClaimFixtures.IBAN, "A. de Vries", false, null);
        ClaimDraft young = new ClaimDraft(ClaimKind.ALLOWANCE, "Klankbordgroep", MAY_2025, null, null, new BigDecimal("3"),
                true, ClaimFixtures.IBAN, "A. de Vries", false, null);
        assertThat(claims.find(c, claims.submit(c, resident, adult, null)).orElseThrow().amount()).isEqualByComparingTo("16.80");
        assertThat(claims.find(c, claims.submit(c, resident, young, null)).orElseThrow().amount()).isEqualByComparingTo("9.90");
    }

    @Test
    void rejectsBrokenClaimsAndStoresNothing() {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID resident = ClaimFixtures.aResident(context, c);
        ClaimDraft good = ClaimFixtures.allowance("10", MAY_2025);
        refused(c, resident, withIban(good, "NL91ABNA0417164301"), "iban", "reimbursement.error.iban");
        refused(c, resident, withIban(good, null), "iban", "reimbursement.error.ibanRequired");
        refused(c, resident, new ClaimDraft(ClaimKind.ALLOWANCE, "Klankbordgroep", today().plusDays(2), null,
                BigDecimal.TEN, null, false, ClaimFixtures.IBAN, "A", false, null), "activityDate", "reimbursement.error.activityDateFuture");
        refused(c, resident, new ClaimDraft(ClaimKind.ALLOWANCE, "Klankbordgroep", LocalDate.of(2019, 1, 1), null,
                BigDecimal.TEN, null, false, ClaimFixtures.IBAN, "A", false, null), "activityDate", "reimbursement.error.noLimits");
        refused(c, resident, new ClaimDraft(ClaimKind.ALLOWANCE, "Klankbordgroep", MAY_2025, null, BigDecimal.TEN,
                BigDecimal.ONE, false, ClaimFixtures.IBAN, "A", false, null), "hours", "reimbursement.error.hoursOrAmount");
        refused(c, resident, new ClaimDraft(ClaimKind.TRAVEL_KM, "  ", MAY_2025, BigDecimal.TEN, null, null, false,
                ClaimFixtures.IBAN, "A", false, null), "activity", "reimbursement.error.activity");
        refused(c, resident, new ClaimDraft(ClaimKind.TRAVEL_KM, "Overleg", MAY_2025, new BigDecimal("-3"), null, null,
                false, ClaimFixtures.IBAN, "A", false, null), "kilometres", "reimbursement.error.kilometres");
        assertThat(claims.ofResident(c, resident)).isEmpty();
    }

    @Test
    void usesTheAccountOfThePreviousClaimWhenAsked() {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID resident = ClaimFixtures.aResident(context, c);
        claims.submit(c, resident, ClaimFixtures.allowance("10", MAY_2025), null);
        ClaimDraft again = new ClaimDraft(ClaimKind.TRAVEL_TICKET, "Bus", MAY_2025, null, new BigDecimal("3.40"), null,
                false, null, null, true, null);
        Claim claim = claims.find(c, claims.submit(c, resident, again, null)).orElseThrow();
        assertThat(claim.iban()).isEqualTo(ClaimFixtures.IBAN);
        assertThat(claim.accountHolder()).isEqualTo("A. de Vries");
    }

    @Test
    void warnsBeforeAnAllowanceGoesOverTheMonthlyLimitAndNeedsConfirmation() {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID resident = ClaimFixtures.aResident(context, c);
        UUID first = claims.submit(c, resident, ClaimFixtures.allowance("150", MAY_2025), null);
        decisions.approve(c, first, false, world.coordinatorEmail());
        UUID travel = claims.submit(c, resident, ClaimFixtures.travelByCar("400", MAY_2025), null);
        assertThat(decisions.check(claims.find(c, travel).orElseThrow())).as("travel costs do not count").isEmpty();
        decisions.approve(c, travel, false, world.coordinatorEmail());

        Claim second = claims.find(c, claims.submit(c, resident, ClaimFixtures.allowance("80", MAY_2025.plusDays(3)), null)).orElseThrow();
        LimitCheck check = decisions.check(second).orElseThrow();
        assertThat(check.monthApproved()).isEqualByComparingTo("150");
        assertThat(check.monthAfter()).isEqualByComparingTo("230");
        assertThat(check.overMonth()).isEqualByComparingTo("20");
        assertThat(check.overYear()).isEqualByComparingTo("0");
        assertThatThrownBy(() -> decisions.approve(c, second.id(), false, world.coordinatorEmail()))
                .isInstanceOfSatisfying(InvalidClaimException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("reimbursement.error.confirmOverLimit"));
        assertThat(claims.find(c, second.id()).orElseThrow().status()).isEqualTo(ClaimStatus.SUBMITTED);

        decisions.approve(c, second.id(), true, world.coordinatorEmail());
        Claim approved = claims.find(c, second.id()).orElseThrow();
        assertThat(approved.status()).isEqualTo(ClaimStatus.APPROVED);
        assertThat(approved.overLimit()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE object_id = :id AND action = 'reimbursement.approve.overLimit'")
                .param("id", second.id().toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void warnsWhenTheYearlyLimitWouldBeExceededAcrossMonths() {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID resident = ClaimFixtures.aResident(context, c);
        for (int month = 1; month <= 10; month++) {
            UUID id = claims.submit(c, resident, ClaimFixtures.allowance("200", LocalDate.of(2025, month, 3)), null);
            decisions.approve(c, id, false, world.coordinatorEmail());
        }
        Claim november = claims.find(c, claims.submit(c, resident,
                ClaimFixtures.allowance("150", LocalDate.of(2025, 11, 3)), null)).orElseThrow();
        LimitCheck check = decisions.check(november).orElseThrow();
        assertThat(check.yearApproved()).isEqualByComparingTo("2000");
        assertThat(check.overMonth()).isEqualByComparingTo("0");
        assertThat(check.overYear()).isEqualByComparingTo("50");
        Claim nextYear = claims.find(c, claims.submit(c, resident,
                ClaimFixtures.allowance("150", LocalDate.of(2026, 1, 3)), null)).orElseThrow();
        assertThat(decisions.check(nextYear).orElseThrow().exceeds()).as("a new calendar year starts at zero").isFalse();
    }

    @Test
    void rejectingNeedsAReasonAndTheResidentIsToldInTheirChannelAndLanguage() {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID byPost = ClaimFixtures.aResidentByPost(context, c);
        UUID claim = claims.submit(c, byPost, ClaimFixtures.travelByCar("20", MAY_2025), null);
        assertThatThrownBy(() -> decisions.reject(c, claim, "   ", world.coordinatorEmail()))
                .isInstanceOfSatisfying(InvalidClaimException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThat(claims.find(c, claim).orElseThrow().status()).isEqualTo(ClaimStatus.SUBMITTED);

        Delivery delivery = decisions.reject(c, claim, "De bijeenkomst was online.", world.coordinatorEmail());
        assertThat(delivery).isEqualTo(Delivery.LETTER_QUEUED);
        String letter = jdbc.sql("SELECT body FROM resident_message WHERE resident_id = :r").param("r", byPost)
                .query(String.class).single();
        assertThat(letter).contains("We have rejected your claim").contains("De bijeenkomst was online.").contains("€4.60");
        assertThatThrownBy(() -> decisions.approve(c, claim, true, world.coordinatorEmail()))
                .isInstanceOfSatisfying(InvalidClaimException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("reimbursement.error.alreadyDecided"));
    }

    @Test
    void approvalIsMailedInDutchToAResidentWhoChoseEmail() {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID resident = ClaimFixtures.aResident(context, c);
        UUID claim = claims.submit(c, resident, ClaimFixtures.allowance("25", MAY_2025), null);
        assertThat(decisions.approve(c, claim, false, world.coordinatorEmail())).isEqualTo(Delivery.EMAIL_QUEUED);
        String body = jdbc.sql("SELECT body FROM outbox_mail WHERE collaboration_id = :c").param("c", c)
                .query(String.class).single();
        assertThat(body).contains("goedgekeurd").contains("€ 25,00").contains("Meedenken in de klankbordgroep");
    }

    private void refused(UUID c, UUID resident, ClaimDraft draft, String field, String key) {
        assertThatThrownBy(() -> claims.submit(c, resident, draft, null)).isInstanceOfSatisfying(InvalidClaimException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    private static ClaimDraft withIban(ClaimDraft d, String iban) {
        return new ClaimDraft(d.kind(), d.activity(), d.activityDate(), d.kilometres(), d.amount(), d.hours(), d.under21(),
                iban, d.accountHolder(), false, d.receipt());
    }
}
