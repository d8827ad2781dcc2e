package nl.samenspraak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.resident.ContactChannel;
import nl.samenspraak.resident.ResidentDetails;
import nl.samenspraak.resident.Residents;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Without JavaScript, by keyboard: a coordinator checks and adds a role of their own, puts a resident in it, ends
 * the holding and archives the role; the holding stays as history.
 */
@BrowserTest.WithoutJavaScript
class RolesWithoutJavaScriptJourneyTest extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired Residents residents;

    @Test
    void coordinatorAddsARoleGivesItAHolderEndsItAndArchivesIt() {
        var world = fixtures.aCollaborationWithStaff();
        String slug = world.collaboration().slug();
        UUID cas = residents.register(world.collaboration().id(), new ResidentDetails("Cas Kok", null, "0612345678",
                null, ContactChannel.PHONE, "nl"));

        logIn(world.coordinatorEmail(), Fixtures.PASSWORD);
        open("/beheer/" + slug + "/rollen");
        tabAndEnter(link(message("roles.staff.new")));
        tabAndType(By.id("name"), "Buurtkok");
        tabAndType(By.id("expected"), "U kookt een keer per maand voor de buren.");
        tabAndType(By.id("offered"), "U krijgt het geld voor de boodschappen terug.");
        tabAndEnter(By.cssSelector("button[name=taalcontrole][value=expected]"));
        assertThat(driver.findElement(By.id("expected")).getDomProperty("value"))
                .isEqualTo("U kookt een keer per maand voor de buren.");
        assertThat(driver.findElements(By.cssSelector("#expected-taal .language-panel"))).as("the server's check").isNotEmpty();
        assertNoAxeViolations();
        tabAndEnter(button(message("roles.staff.form.save")));
        assertThat(heading()).isEqualTo("Buurtkok");
        assertNoAxeViolations();

        new Select(tabTo(By.id("holder"))).selectByValue("resident:" + cas);
        tabAndTypeDate(By.id("from"), today().minusMonths(1));
        tabAndEnter(button(message("roles.staff.form.add")));
        assertThat(pageText()).contains(message("roles.staff.holderAdded"), "Cas Kok");

        tabAndTypeDate(By.cssSelector("table form input[type=date]"), today().minusDays(1));
        tabAndEnter(button(message("roles.staff.end")));
        assertThat(pageText()).contains(message("roles.staff.holderEnded"));
        assertThat(driver.findElements(By.cssSelector("table form"))).as("nothing left to end").isEmpty();
        assertNoAxeViolations();

        tabAndEnter(link(message("roles.staff.edit")));
        tabAndEnter(button(message("roles.staff.archive")));
        assertThat(pageText()).contains(message("roles.staff.archivedNotice"), message("roles.staff.archivedHeading"));
        assertNoAxeViolations();
        tabAndEnter(link("Buurtkok"));
        assertThat(pageText()).contains(message("roles.staff.isArchived"), "Cas Kok");
        assertNoAxeViolations();
    }
}
