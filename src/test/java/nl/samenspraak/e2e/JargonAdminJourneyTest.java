package nl.samenspraak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.samenspraak.AdminFixtures;
import nl.samenspraak.Fixtures;
import nl.samenspraak.account.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * By keyboard, the platform administrator opens the list of hard words from the administration page, searches it,
 * first adds a word with an empty form (errors next to the fields), then adds, changes and removes a word, and takes
 * a shipped word out and puts it back. Every step is scanned with axe, the list also at 390 px wide.
 */
class JargonAdminJourneyTest extends BrowserTest {

    @Autowired StaffAccounts accounts;

    @Test
    void anAdministratorKeepsTheListOfHardWordsByKeyboard() {
        String admin = AdminFixtures.aPlatformAdmin(accounts);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String phrase = "buurtparticipatietraject " + unique;

        logIn(admin, Fixtures.PASSWORD);
        open("/admin");
        tabAndEnter(link(message("language.jargon.adminLink")));
        assertThat(currentPath()).isEqualTo("/admin/taal");
        assertThat(heading()).isEqualTo(message("language.jargon.title"));
        assertNoAxeViolations();
        assertFitsAPhone();

        tabAndType(By.id("zoek"), "maatwerk");
        pressEnter();
        assertThat(pageText()).contains("maatwerkvoorziening");
        assertNoAxeViolations();
        assertFitsAPhone();

        // An empty form: both fields are named in the summary and next to the field.
        tabAndEnterInPage(link(message("language.jargon.jumpToNew")));
        tabAndEnter(button(message("language.jargon.add")));
        assertThat(errorSummary()).contains(message("language.jargon.error.phraseRequired"),
                message("language.jargon.error.alternativeRequired"));
        assertThat(driver.findElement(By.id("phrase")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertNoAxeViolations();
        assertFitsAPhone();

        tabAndType(By.id("phrase"), phrase);
        tabAndType(By.id("alternative"), "samen met de buurt plannen maken");
        tabAndEnter(button(message("language.jargon.add")));
        assertThat(pageText()).contains(message("language.jargon.added", phrase), "samen met de buurt plannen maken",
                message("language.jargon.origin.ADDED"));
        assertNoAxeViolations();

        tabAndEnter(By.xpath("//a[normalize-space()=" + xpathLiteral(message("language.jargon.edit") + " " + phrase) + "]"));
        assertThat(heading()).isEqualTo(message("language.jargon.editTitle", phrase));
        assertNoAxeViolations();
        tabAndReplace(By.id("alternative"), "");
        tabAndEnter(button(message("language.jargon.save")));
        assertThat(errorSummary()).contains(message("language.jargon.error.alternativeRequired"));
        assertNoAxeViolations();
        tabAndType(By.id("alternative"), "plannen maken met de buurt");
        tabAndEnter(button(message("language.jargon.save")));
        assertThat(pageText()).contains(message("language.jargon.changed", phrase), "plannen maken met de buurt");
        assertNoAxeViolations();

        tabAndEnter(button(message("language.jargon.remove") + " " + phrase));
        assertThat(pageText()).contains(message("language.jargon.removed", phrase), message("language.jargon.none"));
        assertNoAxeViolations();

        // A shipped word: taken out, it stays listed so that it can be put back.
        open("/admin/taal?zoek=maatwerkvoorziening");
        tabAndEnter(button(message("language.jargon.remove") + " maatwerkvoorziening"));
        assertThat(pageText()).contains(message("language.jargon.origin.REMOVED"));
        assertNoAxeViolations();
        assertFitsAPhone();
        tabAndEnter(button(message("language.jargon.undo") + " maatwerkvoorziening"));
        assertThat(pageText()).contains(message("language.jargon.undone", "maatwerkvoorziening"),
                message("language.jargon.origin.SHIPPED"));
        assertNoAxeViolations();
    }
}
