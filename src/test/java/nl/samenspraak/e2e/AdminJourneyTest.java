package nl.samenspraak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.account.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The platform administrator starts a new collaboration and invites its coordinator, who
 * chooses her own password through the mailed link (refused first when it is her e-mail
 * address or typed differently twice), then logs in and finds it. Every page and every error
 * state is scanned.
 */
class AdminJourneyTest extends BrowserTest {

    static final String OWN_PASSWORD = "zes uilen boven de Waddenzee";

    @Autowired StaffAccounts accounts;
    @Autowired Fixtures fixtures;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void adminCreatesACollaborationAndItsCoordinatorWhoCanThenLogIn() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String admin = "beheerder-" + unique + "@platform.example";
        accounts.create(admin, "Beheerder", Fixtures.PASSWORD, true, "test");

        logIn(admin, Fixtures.PASSWORD);
        assertThat(currentPath()).isEqualTo("/beheer");
        assertNoAxeViolations();
        tabAndEnter(link(message("account.home.adminLink")));
        assertThat(currentPath()).isEqualTo("/admin");
        assertNoAxeViolations();

        // The list of collaborations grows with the platform: a link at the top skips it.
        tabAndEnterInPage(link(message("collaboration.admin.jumpToNew")));
        // An empty form: every required field is named in the summary and next to the field.
        tabAndEnter(button(message("collaboration.admin.create")));
        assertThat(driver.findElement(By.id("foutmeldingen")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("name")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id("name")).getDomAttribute("aria-describedby")).contains("name-fout");
        assertNoAxeViolations();

        String slug = "zorgzaam-" + unique;
        tabAndEnterInPage(link(message("collaboration.admin.jumpToNew")));
        tabAndType(By.id("name"), "Zorgzaam Dorp " + unique);
        tabAndType(By.id("slug"), slug);
        tabAndType(By.id("region"), "Westerkwartier");
        tabAndType(By.id("organisation-0-name"), "Gemeente Westerkwartier");
        new Select(tabTo(By.id("organisation-0-type"))).selectByValue("MUNICIPALITY");
        tabAndEnter(button(message("collaboration.admin.create")));
        assertThat(currentPath()).isEqualTo("/admin/samenwerkingsverbanden/" + slug);
        assertThat(heading()).isEqualTo("Zorgzaam Dorp " + unique);
        assertThat(pageText()).contains(message("collaboration.admin.created"), "Gemeente Westerkwartier");
        assertNoAxeViolations();

        // Adding staff without anything filled in is refused, with the reasons shown.
        tabAndEnter(button(message("account.admin.addStaff")));
        assertThat(driver.findElement(By.id("foutmeldingen")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("email")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertNoAxeViolations();

        String coordinator = "coordinator-" + unique + "@zorgzaam.example";
        tabAndType(By.id("email"), coordinator);
        tabAndType(By.id("displayName"), "Petra de Vries");
        tabAndSpace(By.id("role-COORDINATOR"));
        assertThat(driver.findElements(By.id("password"))).as("the administrator types no password").isEmpty();
        tabAndEnter(button(message("account.admin.addStaff")));
        assertThat(currentPath()).isEqualTo("/admin/samenwerkingsverbanden/" + slug);
        assertThat(pageText()).contains(coordinator, message("account.role.COORDINATOR"),
                message("account.invite.sent", coordinator), message("account.invite.status.sent"));
        assertNoAxeViolations();
        assertFitsAPhone();

        // The coordinator follows the invitation mail and chooses her own password.
        String invitation = PasswordResetJourneyTest.linkInMailTo(coordinator);
        driver.manage().deleteAllCookies();
        open(invitation);
        assertThat(heading()).isEqualTo(message("account.invite.title"));
        assertThat(pageText()).contains(message("account.invite.intro"));
        assertNoAxeViolations();
        assertFitsAPhone();

        tabAndType(By.id("newPassword"), coordinator);
        tabAndType(By.id("repeatPassword"), coordinator);
        tabAndEnter(button(message("account.reset.submit")));
        assertThat(errorSummary()).contains(message("account.password.error.personal"));
        assertThat(driver.findElement(By.id("newPassword")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(heading()).isEqualTo(message("account.invite.title"));
        assertNoAxeViolations();

        tabAndType(By.id("newPassword"), OWN_PASSWORD);
        tabAndType(By.id("repeatPassword"), OWN_PASSWORD + "!");
        tabAndEnter(button(message("account.reset.submit")));
        assertThat(errorSummary()).contains(message("account.password.error.mismatch"));
        assertThat(driver.findElement(By.id("repeatPassword")).getDomAttribute("aria-describedby")).contains("repeatPassword-fout");
        assertNoAxeViolations();
        assertFitsAPhone();

        tabAndType(By.id("newPassword"), OWN_PASSWORD);
        tabAndType(By.id("repeatPassword"), OWN_PASSWORD);
        tabAndEnter(button(message("account.reset.submit")));
        assertThat(currentPath()).isEqualTo("/login?reset");
        assertThat(pageText()).contains(message("account.reset.done"));
        assertNoAxeViolations();

        // The link works once.
        open(invitation);
        assertThat(heading()).isEqualTo(message("account.reset.invalid.title"));
        assertThat(pageText()).contains(message("account.invite.invalid"));
        assertNoAxeViolations();
        assertFitsAPhone();

        logIn(coordinator, OWN_PASSWORD);
        assertThat(currentPath()).isEqualTo("/beheer");
        assertThat(pageText()).contains("Zorgzaam Dorp " + unique);
        tabAndEnter(link("Zorgzaam Dorp " + unique));
        assertThat(currentPath()).isEqualTo("/beheer/" + slug);
        assertNoAxeViolations();
    }

    /** A link not used within 72 hours: the page says so and sends a fresh invitation by keyboard. */
    @Test
    void adminSendsANewInvitationWhenTheFirstExpired() {
        var world = fixtures.aCollaborationWithStaff();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String admin = "beheerder-" + unique + "@platform.example";
        accounts.create(admin, "Beheerder", Fixtures.PASSWORD, true, "test");
        String page = "/admin/samenwerkingsverbanden/" + world.collaboration().slug();
        String email = "sem-" + unique + "@gemeente.example";

        logIn(admin, Fixtures.PASSWORD);
        open(page);
        tabAndType(By.id("email"), email);
        tabAndType(By.id("displayName"), "Sem Bakker");
        tabAndSpace(By.id("role-COORDINATOR"));
        tabAndEnter(button(message("account.admin.addStaff")));
        assertThat(pageText()).contains(message("account.invite.status.sent"));

        jdbc.sql("UPDATE staff_account SET invited_at = invited_at - interval '73 hours' WHERE email = :e")
                .param("e", email).update();
        open(page);
        assertThat(pageText()).contains(message("account.invite.status.expired"));
        assertNoAxeViolations();
        assertFitsAPhone();

        tabAndEnter(button(message("account.invite.again") + " Sem Bakker"));
        assertThat(currentPath()).isEqualTo(page + "#medewerkers");
        assertThat(pageText()).contains(message("account.invite.sent", email), message("account.invite.status.sent"))
                .doesNotContain(message("account.invite.status.expired"));
        assertNoAxeViolations();
        assertThat(jdbc.sql("SELECT count(*) FROM outbox_mail WHERE recipient = :e").param("e", email)
                .query(Long.class).single()).isEqualTo(2);
    }
}
