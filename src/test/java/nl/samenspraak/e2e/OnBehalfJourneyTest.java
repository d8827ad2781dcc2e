package nl.samenspraak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.platform.PersonalLinkMask;
import nl.samenspraak.resident.ContactChannel;
import nl.samenspraak.resident.ResidentDetails;
import nl.samenspraak.resident.ResidentFixtures;
import nl.samenspraak.resident.Residents;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A resident phones: she cannot open the link the platform mailed her. The coordinator sees in the
 * outbox that a link went out, but not the link itself; she acts for the resident through the
 * "on behalf of" path instead, first forgetting to write down why, and erases the data at the
 * resident's request. Keyboard only; every page and error state is scanned with axe, the new pages
 * also 390 px wide.
 */
class OnBehalfJourneyTest extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired Residents residents;
    @Autowired JdbcClient jdbc;

    @Test
    void coordinatorSeesNoLiveLinkAndActsForTheResidentWithAReason() {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        String slug = world.collaboration().slug();
        UUID resident = residents.register(c, new ResidentDetails("Truus Visser", "truus@example.org", null, null,
                ContactChannel.EMAIL, "nl"));
        String token = new ResidentFixtures(context).privacyLinkOf(c, resident);

        logIn(world.coordinatorEmail(), Fixtures.PASSWORD);
        open("/beheer/" + slug + "/uitgaande-mail");
        assertThat(driver.getPageSource()).doesNotContain(token).contains("/mijn-gegevens/" + PersonalLinkMask.MASK);
        assertNoAxeViolationsAlsoNarrow();

        open("/beheer/" + slug + "/inwoners/" + resident);
        assertThat(pageText()).contains("truus@example.org");
        assertNoAxeViolationsAlsoNarrow();
        tabAndEnter(link(message("resident.onBehalf.link")));
        assertThat(heading()).isEqualTo(message("resident.onBehalf.title", "Truus Visser"));
        assertNoAxeViolationsAlsoNarrow();

        tabAndChoose(By.id("format-json"));
        tabAndEnter(button(message("resident.onBehalf.submit")));
        assertThat(errorSummary()).contains(message("resident.onBehalf.error.reasonRequired"));
        assertThat(driver.findElement(By.id("reason")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id("format-json")).isSelected()).as("the choice is kept").isTrue();
        assertNoAxeViolationsAlsoNarrow();
        assertThat(onBehalfEntries(resident)).as("nothing exported without a reason").isZero();

        tabAndEnter(link(message("resident.staff.backToResident")));
        tabAndEnter(link(message("resident.staff.eraseLink")));
        assertNoAxeViolationsAlsoNarrow();
        tabAndType(By.id("reason"), "Mevrouw belde op 3 mei en vroeg alles te wissen.");
        tabAndEnter(button(message("resident.staff.eraseSubmit")));
        assertThat(errorSummary()).contains(message("resident.staff.error.confirm"));
        assertThat(driver.findElement(By.id("reason")).getDomProperty("value"))
                .isEqualTo("Mevrouw belde op 3 mei en vroeg alles te wissen.");
        assertNoAxeViolations();
        tabAndSpace(By.id("confirm"));
        tabAndEnter(button(message("resident.staff.eraseSubmit")));
        assertThat(pageText()).contains(message("resident.staff.erased"));
        assertNoAxeViolations();

        assertThat(residents.find(c, resident).orElseThrow().erased()).isTrue();
        assertThat(jdbc.sql("SELECT actor || ' | ' || result FROM audit_entry WHERE action = 'resident.on-behalf'"
                        + " AND object_id = :r").param("r", resident.toString()).query(String.class).list())
                .containsExactly(world.coordinatorEmail() + " | erase: Mevrouw belde op 3 mei en vroeg alles te wissen.");
    }

    private long onBehalfEntries(UUID resident) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'resident.on-behalf' AND object_id = :r")
                .param("r", resident.toString()).query(Long.class).single();
    }

    /** Scans the page as it is, then again on a phone-sized window (390 px), and restores the window. */
    private static void assertNoAxeViolationsAlsoNarrow() {
        assertNoAxeViolations();
        Dimension wide = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            assertNoAxeViolations();
        } finally {
            driver.manage().window().setSize(wide);
        }
    }
}
