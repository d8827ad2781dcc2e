package nl.samenspraak.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The second factor, by keyboard: a professional switches it on from the staff home page
 * (after a typo in the code), keeps the recovery codes, logs out, logs in with password and
 * code (after a wrong code), then with a recovery code; a new coordinator is sent to enrolment
 * and cannot get past it without an app. Every page and error state is scanned with axe.
 */
class SecondFactorJourneyTest extends BrowserTest {

    private static final String ENROL_PATH = "/beheer/account/tweede-stap";

    @Autowired Fixtures fixtures;
    @Autowired StaffAccounts accounts;

    @Test
    void professionalEnrolsLogsInWithACodeAndThenWithARecoveryCode() {
        var world = fixtures.aCollaborationWithStaff();
        String email = world.professionalEmail();
        logIn(email, Fixtures.PASSWORD);
        assertThat(currentPath()).isEqualTo("/beheer");
        assertThat(pageText()).contains(message("account.mfa.home.off"));

        tabAndEnter(link(message("account.mfa.home.link")));
        assertThat(currentPath()).isEqualTo(ENROL_PATH);
        assertThat(heading()).isEqualTo(message("account.mfa.title"));
        assertThat(driver.findElement(By.cssSelector("img.qr-code")).getDomAttribute("src")).startsWith("data:image/png;base64,");
        assertNoAxeViolations();
        assertFitsOnAPhone();
        String secret = driver.findElement(By.id("geheim")).getText().replace(" ", "");
        assertThat(secret).matches("[A-Z2-7]{32}");

        tabAndType(By.id("code"), "000000".equals(Fixtures.codeAt(secret, clock.instant())) ? "111111" : "000000");
        tabAndEnter(button(message("account.mfa.enrol")));
        assertThat(errorSummary()).contains(message("account.mfa.error.codeWrong"));
        assertThat(driver.findElement(By.id("code")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id("geheim")).getText().replace(" ", "")).isEqualTo(secret);
        assertNoAxeViolations();

        tabAndReplace(By.id("code"), Fixtures.codeAt(secret, clock.instant()));
        tabAndEnter(button(message("account.mfa.enrol")));
        assertThat(heading()).isEqualTo(message("account.mfa.recovery.title"));
        assertThat(pageText()).contains(message("account.mfa.enrolled"), message("account.mfa.recovery.once"));
        List<String> recoveryCodes = driver.findElements(By.cssSelector("#herstelcodes li")).stream()
                .map(WebElement::getText).toList();
        assertThat(recoveryCodes).hasSize(10).allMatch(c -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
        assertNoAxeViolations();
        tabAndEnter(link(message("account.mfa.recovery.continue")));
        assertThat(currentPath()).isEqualTo("/beheer");
        assertThat(pageText()).contains(message("account.mfa.home.on"));

        tabAndEnter(button(message("layout.nav.logout")));
        assertThat(currentPath()).startsWith("/login");

        // Password and a wrong code first, then the code the app shows.
        logInWithPassword(email, Fixtures.PASSWORD);
        assertThat(currentPath()).isEqualTo("/login/code");
        assertThat(heading()).isEqualTo(message("account.mfa.login.title"));
        assertNoAxeViolations();
        String current = fixtures.currentCode(email);
        tabAndType(By.id("code"), current.equals("123456") ? "654321" : "123456");
        tabAndEnter(button(message("account.mfa.login.submit")));
        assertThat(errorSummary()).contains(message("account.mfa.error.loginCodeWrong"));
        assertThat(driver.findElement(By.id("code")).getDomAttribute("aria-describedby")).contains("code-fout");
        assertNoAxeViolations();
        open("/beheer/" + world.collaboration().slug());
        assertThat(currentPath()).as("no staff page before the code").isEqualTo("/login/code");
        tabAndType(By.id("code"), fixtures.currentCode(email));
        tabAndEnter(button(message("account.mfa.login.submit")));
        assertThat(currentPath()).isEqualTo("/beheer/" + world.collaboration().slug());
        assertNoAxeViolations();

        // Without the phone: a recovery code, used up at once.
        tabAndEnter(button(message("layout.nav.logout")));
        logInWithPassword(email, Fixtures.PASSWORD);
        tabAndType(By.id("code"), recoveryCodes.get(0));
        tabAndEnter(button(message("account.mfa.login.submit")));
        assertThat(currentPath()).isEqualTo(ENROL_PATH);
        assertThat(pageText()).contains(message("account.mfa.recoveryCodeUsed", 9), message("account.mfa.recoveryLeft", 9));
        assertNoAxeViolations();
        assertFitsOnAPhone();
    }

    @Test
    void coordinatorWithoutASecondFactorMustEnrolBeforeAnythingElse() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        String email = "nieuwe-coordinator-" + UUID.randomUUID().toString().substring(0, 8) + "@gemeente.example";
        UUID id = accounts.create(email, "Nieuwe Coördinator", Fixtures.PASSWORD, false, "test");
        accounts.grant(id, world.collaboration().id(), Role.COORDINATOR, "test");

        logInWithPassword(email, Fixtures.PASSWORD);
        assertThat(currentPath()).isEqualTo(ENROL_PATH);
        assertThat(pageText()).contains(message("account.mfa.requiredForRole"));
        assertNoAxeViolations();
        open("/beheer/" + world.collaboration().slug());
        assertThat(currentPath()).as("nothing else before enrolment").isEqualTo(ENROL_PATH);

        tabAndEnter(button(message("account.mfa.enrol")));
        assertThat(errorSummary()).contains(message("account.mfa.error.codeMissing"));
        assertNoAxeViolations();
        String secret = driver.findElement(By.id("geheim")).getText().replace(" ", "");
        tabAndType(By.id("code"), Fixtures.codeAt(secret, clock.instant()));
        tabAndEnter(button(message("account.mfa.enrol")));
        assertThat(heading()).isEqualTo(message("account.mfa.recovery.title"));
        tabAndEnter(link(message("account.mfa.recovery.continue")));
        tabAndEnter(link(world.collaboration().name()));
        assertThat(currentPath()).isEqualTo("/beheer/" + world.collaboration().slug());
        assertNoAxeViolations();

        // The phone is lost: an administrator clears the factor, which ends this browser's session too.
        String admin = "beheerder-" + UUID.randomUUID().toString().substring(0, 8) + "@platform.example";
        accounts.create(admin, "Beheerder", Fixtures.PASSWORD, true, "test");
        mvc.perform(post("/admin/samenwerkingsverbanden/{slug}/medewerkers/{id}/tweede-stap-wissen",
                world.collaboration().slug(), id).with(as(admin)).with(csrf())).andExpect(status().isFound());
        open("/beheer/" + world.collaboration().slug());
        assertThat(currentPath()).as("the session ended with the reset").startsWith("/login");
        logInWithPassword(email, Fixtures.PASSWORD);
        assertThat(currentPath()).as("enrol again").isEqualTo(ENROL_PATH);
    }

    /** At 390 px wide (a phone): no violations and nothing wider than the screen, such as the long key. */
    private static void assertFitsOnAPhone() {
        Dimension before = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new Dimension(390, 844));
            assertNoAxeViolations();
            Long overflow = (Long) driver.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as("horizontal scrolling at 390 px").isLessThanOrEqualTo(0L);
        } finally {
            driver.manage().window().setSize(before);
        }
    }
}
