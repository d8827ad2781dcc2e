package nl.samenspraak.e2e;

import static nl.samenspraak.e2e.PasswordChangeJourneyTest.assertNoAxeViolationsWideAndNarrow;
import static org.assertj.core.api.Assertions.assertThat;

import nl.samenspraak.Fixtures;
import nl.samenspraak.account.ApiTokens;
import nl.samenspraak.account.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A professional makes a read-only API token for her collaboration (after first sending the
 * form empty), copies it from the one page that shows it, and revokes it again. Keyboard
 * only, axe after every step, wide and at 390 px.
 */
class ApiTokenJourneyTest extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired ApiTokens tokens;
    @Autowired StaffAccounts accounts;

    @Test
    void aProfessionalMakesAReadOnlyTokenSeesItOnceAndRevokesIt() {
        var world = fixtures.aCollaborationWithStaff();
        var professional = accounts.idByEmail(world.professionalEmail()).orElseThrow();

        logIn(world.professionalEmail(), Fixtures.PASSWORD);
        tabAndEnter(link(message("account.tokens.title")));
        assertThat(currentPath()).isEqualTo("/beheer/account/api-tokens");
        assertThat(pageText()).contains(message("account.tokens.none"));
        assertNoAxeViolationsWideAndNarrow();

        tabAndEnter(button(message("account.tokens.create")));
        assertThat(errorSummary()).contains(message("account.tokens.error.collaborationRequired"),
                message("account.tokens.error.scopeRequired"));
        assertThat(driver.findElement(By.id("collaboration")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertNoAxeViolations();

        new Select(tabTo(By.id("collaboration"))).selectByValue(world.collaboration().slug());
        tabAndChoose(By.id("scope"));
        tabAndEnter(button(message("account.tokens.create")));
        assertThat(currentPath()).isEqualTo("/beheer/account/api-tokens");
        String token = driver.findElement(By.id("nieuw-token")).getText();
        assertThat(token).startsWith("ssp_");
        assertThat(pageText()).contains(message("account.tokens.issued"), world.collaboration().name(),
                message("account.tokens.scope.READ"), message("account.tokens.neverUsed"));
        assertNoAxeViolationsWideAndNarrow();
        assertThat(tokens.ownedBy(professional)).singleElement()
                .satisfies(t -> assertThat(t.scope()).isEqualTo(ApiTokens.Scope.READ));

        driver.navigate().refresh();
        assertThat(pageText()).as("the value is shown only once").doesNotContain(token);

        tabAndEnter(button(message("account.tokens.revoke")));
        assertThat(pageText()).contains(message("account.tokens.revoked"), message("account.tokens.none"));
        assertNoAxeViolations();
        assertThat(tokens.ownedBy(professional)).isEmpty();
    }
}
