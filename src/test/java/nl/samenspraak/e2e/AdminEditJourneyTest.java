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
 * The platform administrator keeps a collaboration's details up to date: renames it (after
 * first emptying the name), adds an organisation (after first forgetting its name) and
 * tries to take away the role of its only coordinator, which is refused. Every page and
 * every error state is scanned.
 */
class AdminEditJourneyTest extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired StaffAccounts accounts;

    @Test
    void adminEditsACollaborationAddsAnOrganisationAndCannotRemoveTheLastCoordinator() {
        var world = fixtures.aCollaborationWithStaff();
        String slug = world.collaboration().slug();
        String detailPath = "/admin/samenwerkingsverbanden/" + slug;
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String admin = "beheerder-" + unique + "@platform.example";
        accounts.create(admin, "Beheerder", Fixtures.PASSWORD, true, "test");

        logIn(admin, Fixtures.PASSWORD);
        open(detailPath);
        assertThat(heading()).isEqualTo(world.collaboration().name());
        assertThat(pageText()).contains(world.coordinatorEmail(), world.viewerEmail());
        assertNoAxeViolations();

        tabAndEnter(link(message("collaboration.admin.edit.link")));
        assertThat(currentPath()).isEqualTo(detailPath + "/bewerken");
        assertNoAxeViolations();
        tabAndReplace(By.id("name"), "");
        tabAndEnter(button(message("collaboration.admin.edit.save")));
        assertThat(errorSummary()).isNotBlank();
        assertThat(driver.findElement(By.id("name")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id("name")).getDomAttribute("aria-describedby")).contains("name-fout");
        assertThat(driver.findElement(By.id("name-fout")).isDisplayed()).isTrue();
        assertNoAxeViolations();

        String renamed = "Samen Gezond Westerkwartier " + unique;
        tabAndType(By.id("name"), renamed);
        tabAndEnter(button(message("collaboration.admin.edit.save")));
        assertThat(currentPath()).isEqualTo(detailPath);
        assertThat(heading()).isEqualTo(renamed);
        assertThat(pageText()).contains(message("collaboration.admin.updated"));

        // An organisation without a name is refused; the chosen type is kept.
        new Select(tabTo(By.id("organisationType"))).selectByValue("CARE_PROVIDER");
        tabAndEnter(button(message("collaboration.admin.addOrganisation")));
        assertThat(errorSummary()).contains(message("collaboration.error.organisationNameRequired"));
        assertThat(driver.findElement(By.id("organisationName")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(new Select(driver.findElement(By.id("organisationType"))).getFirstSelectedOption().getDomAttribute("value"))
                .isEqualTo("CARE_PROVIDER");
        assertNoAxeViolations();
        tabAndType(By.id("organisationName"), "Huisartsenpraktijk De Linde");
        tabAndEnter(button(message("collaboration.admin.addOrganisation")));
        assertThat(pageText()).contains(message("collaboration.admin.organisationAdded", "Huisartsenpraktijk De Linde"));
        assertNoAxeViolations();

        // The only coordinator keeps the role: residents always need a fixed contact person.
        tabAndEnter(By.id("intrekken-" + world.coordinatorId()));
        assertThat(errorSummary()).contains(message("account.admin.error.lastCoordinator"));
        assertThat(driver.findElement(By.id("intrekken-" + world.coordinatorId())).getDomAttribute("aria-describedby"))
                .isEqualTo("intrekken-" + world.coordinatorId() + "-fout");
        assertThat(pageText()).contains(world.coordinatorEmail());
        assertNoAxeViolations();
    }
}
