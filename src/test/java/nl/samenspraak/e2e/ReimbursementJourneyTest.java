package nl.samenspraak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.account.StaffAccounts;
import nl.samenspraak.reimbursement.ClaimFixtures;
import nl.samenspraak.reimbursement.ClaimStatus;
import nl.samenspraak.reimbursement.Claims;
import nl.samenspraak.resident.Residents;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A volunteer claims her allowance with the link staff gave her, on a phone without JavaScript and
 * without a mouse (after first mistyping her bank account); the coordinator then sees that it goes
 * over the monthly limit, confirms it knowingly, and makes the payment file, which a second
 * coordinator must approve (the maker's own approval is refused) before it can be downloaded; the
 * administrator keeps the limits. Every page and error state is scanned with axe.
 */
@BrowserTest.WithoutJavaScript
class ReimbursementJourneyTest extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired Residents residents;
    @Autowired Claims claims;
    @Autowired StaffAccounts staff;

    @Test
    void residentClaimsByKeyboardAndTheCoordinatorDecidesAgainstTheLimits() {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        String slug = world.collaboration().slug();
        String second = "tweede-coordinator@" + slug + ".example";
        staff.grant(staff.create(second, "Bert Tweede", Fixtures.PASSWORD, false, "test"), c,
                nl.samenspraak.account.Role.COORDINATOR, "test");
        UUID resident = ClaimFixtures.aResident(context, c);
        LocalDate day = today().minusDays(1);
        context.getBean(nl.samenspraak.reimbursement.Decisions.class).approve(c,
                claims.submit(c, resident, ClaimFixtures.allowance("200", day), null), false, "test");
        String token = residents.issueLink(c, resident, "claim", null, Duration.ofDays(365));

        open("/declaratie/" + token + "?lang=nl");
        assertThat(heading()).isEqualTo(message("reimbursement.resident.title"));
        assertNoAxeViolations();

        tabAndChoose(By.id("kind-ALLOWANCE"));
        tabAndType(By.id("activity"), "Meedenken in de klankbordgroep zorg");
        tabAndTypeDate(By.id("activityDate"), day);
        tabAndType(By.id("amount"), "25,00");
        tabAndType(By.id("iban"), "NL91 ABNA 0417 1643 01");
        tabAndEnter(button(message("reimbursement.form.submit")));
        assertThat(errorSummary()).contains(message("reimbursement.error.iban"));
        assertThat(driver.findElement(By.id("iban")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertNoAxeViolations();

        tabAndReplace(By.id("iban"), "");
        tabAndSpace(By.id("useLastAccount"));
        tabAndEnter(button(message("reimbursement.form.submit")));
        assertThat(currentPath()).contains("?ingediend");
        assertThat(pageText()).contains(message("reimbursement.resident.submitted")).contains("€ 25,00");
        assertNoAxeViolations();

        logIn(world.coordinatorEmail(), Fixtures.PASSWORD);
        open("/beheer/" + slug + "/vergoedingen");
        assertNoAxeViolations();
        tabAndEnter(By.partialLinkText(message("reimbursement.staff.list.decide")));
        assertThat(pageText()).contains(message("reimbursement.staff.claim.overTitle"));
        assertNoAxeViolations();

        tabAndEnter(button(message("reimbursement.staff.claim.reject")));
        assertThat(errorSummary()).contains(message("reimbursement.error.reason"));
        assertNoAxeViolations();
        tabAndEnter(button(message("reimbursement.staff.claim.approve")));
        assertThat(errorSummary()).contains(message("reimbursement.error.confirmOverLimit"));
        assertNoAxeViolations();
        tabAndSpace(By.id("confirmOverLimit"));
        tabAndEnter(button(message("reimbursement.staff.claim.approve")));
        assertThat(pageText()).contains(message("reimbursement.staff.claim.decided"));
        assertThat(claims.ofResident(c, resident)).extracting(nl.samenspraak.reimbursement.Claim::status)
                .containsOnly(ClaimStatus.APPROVED);
        assertNoAxeViolations();

        tabAndEnter(link(message("reimbursement.staff.payments.title")));
        assertNoAxeViolations();
        tabAndType(By.id("debtorName"), "Stichting Samen Gezond");
        tabAndType(By.id("debtorIban"), "NL20 INGB 0001 2345 68");
        tabAndEnter(button(message("reimbursement.staff.payments.saveAccount")));
        assertThat(errorSummary()).contains(message("reimbursement.error.iban"));
        assertNoAxeViolations();
        tabAndReplace(By.id("debtorIban"), "NL20 INGB 0001 2345 67");
        tabAndEnter(button(message("reimbursement.staff.payments.saveAccount")));
        tabAndEnter(button(message("reimbursement.staff.payments.export")));
        assertThat(pageText()).contains(message("reimbursement.staff.payments.waitsForApproval"))
                .contains(message("reimbursement.staff.payments.ownBatch"));
        assertThat(driver.findElements(By.partialLinkText(message("reimbursement.staff.payments.sepa")))).isEmpty();
        assertNoAxeViolationsAlsoNarrow();
        var batch = context.getBean(nl.samenspraak.reimbursement.Payments.class).batches(c, null, 1).getFirst();

        // The maker has no approve button (a crafted request is refused: SecondApprovalTest); the second coordinator approves.
        logIn(second, Fixtures.PASSWORD);
        open("/beheer/" + slug + "/vergoedingen/betalingen");
        assertThat(pageText()).contains(message("reimbursement.staff.payments.pending"));
        assertNoAxeViolationsAlsoNarrow();
        tabAndEnter(By.id("approve-" + batch.reference()));
        assertThat(pageText()).contains(message("reimbursement.staff.payments.approvedNotice"))
                .contains(message("reimbursement.staff.payments.approvedBy", second, "").strip());
        assertNoAxeViolationsAlsoNarrow();
        assertThat(driver.findElements(By.partialLinkText(message("reimbursement.staff.payments.sepa")))).isNotEmpty();

        tabAndEnter(link(message("reimbursement.staff.totals.title")));
        assertNoAxeViolations();
        tabAndEnter(link(message("reimbursement.staff.entry.title")));
        assertNoAxeViolations();
        open("/beheer/" + slug + "/vergoedingen/nieuw?inwoner=" + resident);
        tabAndEnter(button(message("reimbursement.form.submit")));
        assertThat(errorSummary()).contains(message("reimbursement.error.kind"));
        assertNoAxeViolations();

        String admin = "beheerder-" + UUID.randomUUID().toString().substring(0, 8) + "@platform.example";
        staff.create(admin, "Beheerder", Fixtures.PASSWORD, true, "test");
        logIn(admin, Fixtures.PASSWORD);
        open("/admin/vergoedingen");
        assertThat(pageText()).contains(message("reimbursement.admin.unconfirmed"));
        assertNoAxeViolations();
        tabAndType(By.id("year"), "2027");
        tabAndEnter(button(message("reimbursement.admin.save")));
        assertThat(errorSummary()).contains(message("reimbursement.error.limitAmount"));
        assertNoAxeViolations();
    }

    /** Scans the page as it is, then again on a phone-sized window (390 px), and restores the window. */
    private static void assertNoAxeViolationsAlsoNarrow() {
        assertNoAxeViolations();
        org.openqa.selenium.Dimension wide = driver.manage().window().getSize();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            assertNoAxeViolations();
        } finally {
            driver.manage().window().setSize(wide);
        }
    }
}
