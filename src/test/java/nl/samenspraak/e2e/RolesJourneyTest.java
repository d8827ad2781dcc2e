package nl.samenspraak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.pool.PoolTestData;
import nl.samenspraak.resident.ContactChannel;
import nl.samenspraak.resident.ResidentDetails;
import nl.samenspraak.resident.Residents;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A coordinator gives the key person the village's own name, then puts a resident on the board from her pool
 * commitment (after first forgetting to choose anyone); the staff page counts her as a resident who decides and
 * the public page shows the roles with how many hold them, without names. Keyboard only; axe at 1280 and 390 px.
 */
class RolesJourneyTest extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired Residents residents;

    @Test
    void coordinatorRenamesTheKeyPersonAndPutsAResidentOnTheBoardFromHerCommitment() {
        var world = fixtures.aCollaborationWithStaff();
        String slug = world.collaboration().slug();
        UUID bea = residents.register(world.collaboration().id(), new ResidentDetails("Bea Bestuurslid", null,
                "0612345678", null, ContactChannel.PHONE, "nl"));
        UUID commitment = PoolTestData.get().anAgreedCommitment(context, world, bea, "RESIDENT_BOARD_MEMBER", today());

        logIn(world.coordinatorEmail(), Fixtures.PASSWORD);
        open("/beheer/" + slug + "/rollen");
        assertThat(heading()).isEqualTo(message("roles.staff.title"));
        assertThat(pageText()).contains(message("roles.staff.decision.count", 0), message("roles.staff.decision.gap"));
        assertNoAxeViolations();
        assertFitsAPhone();

        // The key person gets the village's own name.
        tabAndEnter(link(message("roles.standard.KEY_PERSON.name")));
        tabAndEnter(link(message("roles.staff.edit")));
        assertNoAxeViolations();
        assertFitsAPhone();
        tabAndReplace(By.id("name"), "Dorpsondersteuner");
        tabAndEnter(button(message("roles.staff.form.save")));
        assertThat(heading()).isEqualTo("Dorpsondersteuner");
        assertThat(pageText()).contains(message("roles.staff.saved"));
        assertNoAxeViolations();

        // On the board: first without choosing anyone, then from Bea's commitment.
        tabAndEnter(link(message("roles.staff.toList")));
        tabAndEnter(link(message("roles.standard.RESIDENT_BOARD_MEMBER.name")));
        tabAndEnter(button(message("roles.staff.form.add")));
        assertThat(errorSummary()).contains(message("roles.error.holder"));
        assertThat(driver.findElement(By.id("holder")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertNoAxeViolations();
        assertFitsAPhone();
        new Select(tabTo(By.id("holder"))).selectByValue("commitment:" + commitment);
        tabAndEnter(button(message("roles.staff.form.add")));
        assertThat(currentPath()).endsWith("?toegevoegd");
        assertThat(pageText()).contains(message("roles.staff.holderAdded"), "Bea Bestuurslid");
        assertNoAxeViolations();
        assertFitsAPhone();

        tabAndEnter(link(message("roles.staff.toList")));
        assertThat(pageText()).contains(message("roles.staff.decision.count", 1));

        // The public page: the roles with how many hold them, and no names.
        tabAndEnter(link(message("roles.staff.publicLink")));
        assertThat(currentPath()).isEqualTo("/samenwerkingen/" + slug + "/rollen");
        assertThat(pageText()).contains("Dorpsondersteuner", message("roles.public.holders", 1, 0),
                message("roles.standard.RESIDENT_BOARD_MEMBER.offered")).doesNotContain("Bea");
        assertNoAxeViolations();
        assertFitsAPhone();
        open("/samenwerkingen/" + slug + "/rollen?lang=en");
        assertThat(pageText()).contains(messageEn("roles.standard.RESIDENT_BOARD_MEMBER.offered"));
        assertNoAxeViolations();
        assertFitsAPhone();
    }
}
