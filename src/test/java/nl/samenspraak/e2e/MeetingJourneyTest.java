package nl.samenspraak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.meeting.MeetingIsolationCases;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A resident without JavaScript and without a mouse registers for a meeting (first forgetting
 * to allow storing a need), sees the place on the personal page and cancels there; then the
 * coordinator looks at the meeting pages. Every page and error state is scanned with axe.
 */
@BrowserTest.WithoutJavaScript
class MeetingJourneyTest extends BrowserTest {

    @Autowired Fixtures fixtures;

    @Test
    void residentRegistersByKeyboardWithoutJavaScriptCancelsAndStaffPagesAreAccessible() {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        var ids = MeetingIsolationCases.of(context, world, process);
        String meeting = ids.get("{meetingId}");

        open("/trajecten/" + process + "?lang=nl");
        tabAndEnter(link(message("meeting.process.link")));
        assertNoAxeViolations();
        tabAndEnter(By.cssSelector("a[href='/bijeenkomsten/" + meeting + "']"));
        assertThat(currentPath()).isEqualTo("/bijeenkomsten/" + meeting);
        assertNoAxeViolations();

        tabAndType(By.id("name"), "Ans de Vries");
        tabAndType(By.id("email"), "ans.devries@example.org");
        tabAndSpace(By.id("need-TRANSPORT"));
        tabAndEnter(button(message("meeting.public.submit")));
        assertThat(errorSummary()).contains(message("meeting.error.needsConsent"));
        assertThat(driver.findElement(By.id("consent")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id("email")).getDomProperty("value")).isEqualTo("ans.devries@example.org");
        assertNoAxeViolations();

        tabAndSpace(By.id("consent"));
        tabAndEnter(button(message("meeting.public.submit")));
        assertThat(heading()).isEqualTo(message("meeting.mine.registeredTitle"));
        assertThat(pageText()).contains(message("meeting.need.TRANSPORT"));
        assertNoAxeViolations();

        tabAndEnter(button(message("meeting.mine.cancel")));
        assertThat(pageText()).contains(message("meeting.mine.cancelledNow"));
        assertNoAxeViolations();

        logIn(world.coordinatorEmail(), Fixtures.PASSWORD);
        String base = "/beheer/" + world.collaboration().slug() + "/bijeenkomsten";
        for (String path : new String[] {base, base + "/" + meeting, base + "/" + meeting + "/aanmelden?zoek=isolation",
                base + "/" + meeting + "/inbreng", base + "/" + meeting + "/wijzigen", base + "/locaties",
                base + "/locaties/" + ids.get("{venueId}"), base + "/reeksen", base + "/reeksen/" + ids.get("{seriesId}")}) {
            open(path + (path.contains("?") ? "&" : "?") + "lang=nl");
            assertThat(driver.findElements(By.tagName("h1"))).as(path).hasSize(1);
            assertNoAxeViolations();
        }
        open(base + "/" + meeting + "/aanmelden?lang=nl");
        tabAndEnter(button(message("meeting.staff.register.submit")));
        assertThat(errorSummary()).isNotBlank();
        assertNoAxeViolations();
        open(base + "/nieuw?lang=nl");
        tabAndReplace(By.id("capacity"), "");
        tabAndEnter(button(message("meeting.staff.form.submit")));
        assertThat(errorSummary()).isNotBlank();
        assertNoAxeViolations();
    }
}
