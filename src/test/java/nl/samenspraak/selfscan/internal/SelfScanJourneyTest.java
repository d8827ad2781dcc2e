package nl.samenspraak.selfscan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.e2e.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A resident on an old phone, without JavaScript and without a mouse, fills in the self-scan
 * through the link (first forgetting to say who she is); then the coordinator reads the
 * results with the chart. Every page and every error state is scanned with axe.
 */
@BrowserTest.WithoutJavaScript
class SelfScanJourneyTest extends BrowserTest {

    @Autowired Fixtures fixtures;

    @Test
    void residentAnswersByKeyboardWithoutJavaScriptAndTheCoordinatorReadsTheResults() {
        SelfScanTestSupport scans = new SelfScanTestSupport(context);
        var world = fixtures.aCollaborationWithStaff();
        String title = "Zelfscan voorjaar " + UUID.randomUUID().toString().substring(0, 6);
        String token = scans.openRound(world, title);

        open("/zelfscan/" + token + "?lang=nl");
        assertThat(heading()).isEqualTo(message("selfscan.answer.title", title));
        assertNoAxeViolations();

        tabAndEnter(button(message("selfscan.answer.submit")));
        assertThat(errorSummary()).contains(message("selfscan.error.groupRequired"));
        assertThat(driver.findElement(By.id("groep")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id("groep")).getDomAttribute("aria-describedby")).contains("groep-fout");
        assertNoAxeViolations();
        tabAndEnterInPage(By.cssSelector("#foutmeldingen a[href='#groep']"));
        assertThat(focused()).as("the summary's link takes the keyboard to the choice").isEqualTo(driver.findElement(By.id("groep")));

        tabAndSpace(By.id("groep"));
        tabAndChoose(By.id("s-gezamenlijke-visie-1-4"));
        tabAndChoose(By.id("s-koppel-terug-1-2"));
        tabAndChoose(By.id("s-financiele-duurzaamheid-2-weet-niet"));
        tabAndEnter(button(message("selfscan.answer.submit")));

        assertThat(heading()).isEqualTo(message("selfscan.thanks.title"));
        assertNoAxeViolations();
        assertThat(scans.answersOf(token)).containsOnly(Map.entry("gezamenlijke-visie-1", "4"),
                Map.entry("koppel-terug-1", "2"), Map.entry("financiele-duurzaamheid-2", "?"));

        scans.responses(token, "RESIDENT", 4, 2);
        scans.responses(token, "PROFESSIONAL", 5, 4);
        logIn(world.coordinatorEmail(), Fixtures.PASSWORD);
        open("/beheer/" + world.collaboration().slug() + "?lang=nl");
        tabAndEnter(link(message("selfscan.dashboardLink")));
        assertThat(heading()).isEqualTo(message("selfscan.staff.rounds.title"));
        assertNoAxeViolations();
        tabAndEnter(button(message("selfscan.staff.new.submit")));
        assertThat(errorSummary()).contains(message("selfscan.error.titleRequired"));
        assertNoAxeViolations();

        tabAndEnter(link(title));
        assertThat(driver.findElement(By.cssSelector("svg[role=img]")).getDomAttribute("aria-labelledby"))
                .isEqualTo("grafiek-titel grafiek-uitleg");
        assertThat(pageText()).contains("Inwoners zijn minder positief dan professionals over");
        assertNoAxeViolations();

        tabAndEnter(link(message("selfscan.round.paper")));
        assertNoAxeViolations();

        tabAndEnter(link(message("selfscan.paper.back")));
        tabAndEnter(button(message("selfscan.round.close")));
        open("/zelfscan/" + token);
        assertThat(heading()).isEqualTo(message("selfscan.closed.title"));
        assertNoAxeViolations();
        open("/zelfscan/bestaat-niet");
        assertThat(heading()).isEqualTo(message("selfscan.unknown.title"));
        assertNoAxeViolations();
    }
}
