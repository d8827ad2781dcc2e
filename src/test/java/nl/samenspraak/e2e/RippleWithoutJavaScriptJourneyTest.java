package nl.samenspraak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.ripple.RippleCases;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/** Without JavaScript a facilitator adds an effect with Enter, sees the error of an empty one, and reads the map. */
@BrowserTest.WithoutJavaScript
class RippleWithoutJavaScriptJourneyTest extends BrowserTest {

    @org.springframework.beans.factory.annotation.Autowired Fixtures fixtures;

    @Test
    void facilitatorAddsAnEffectAndReadsTheMapWithoutJavaScript() {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        Map<String, String> ids = RippleCases.of(context, world.collaboration().id(), process, today());
        String sessionPath = "/beheer/" + world.collaboration().slug() + "/effecten/sessies/" + ids.get("{remSessionId}");
        logIn(world.professionalEmail(), Fixtures.PASSWORD);
        open(sessionPath);

        // An empty "what changed": the form comes back with the message, nothing stored.
        tabAndEnter(button(message("ripple.staff.form.add")));
        assertThat(errorSummary()).contains(message("ripple.staff.error.whatChanged"));
        assertNoAxeViolations();

        tabAndType(By.id("whatChanged"), "Een moestuin bij de school");
        tabAndType(By.id("forWhom"), "kinderen en ouders");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15))
                .until(d -> currentPath().contains("toegevoegd="));
        assertThat(driver.findElement(By.cssSelector("[role=status]")).getText())
                .isEqualTo(message("ripple.staff.session.added", "Een moestuin bij de school"));
        assertNoAxeViolations();

        tabAndEnter(link(message("ripple.staff.session.back")));
        assertThat(pageText()).contains("Een moestuin bij de school", message("ripple.staff.listTitle"),
                message("ripple.staff.timelineTitle"));
        assertNoAxeViolations();
        assertFitsAPhone();
    }
}
