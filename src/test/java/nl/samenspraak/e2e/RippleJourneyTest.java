package nl.samenspraak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.collaboration.CollaborationId;
import nl.samenspraak.ripple.RippleMap;
import nl.samenspraak.ripple.RippleMaps;
import nl.samenspraak.ripple.Ring;
import nl.samenspraak.ripple.Valence;
import nl.samenspraak.ripple.RippleCases;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A facilitator adds three effects live during a REM session, by keyboard only: focus starts in "what changed",
 * Enter saves, the page comes back empty with focus in the first field and names the effect just added, and
 * the fixed choices are radio groups of one tab stop each, so the whole form is a short tab path.
 */
class RippleJourneyTest extends BrowserTest {

    /** Tab stops from "what changed" to the add button: 12 fields, the date counts three (day, month, year). */
    static final int MAX_TABS_TO_SUBMIT = 15;

    @Autowired Fixtures fixtures;
    @Autowired RippleMaps maps;

    @Test
    void facilitatorAddsThreeEffectsLiveByKeyboard() {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        Map<String, String> ids = RippleCases.of(context, world.collaboration().id(), process, today());
        String sessionPath = "/beheer/" + world.collaboration().slug() + "/effecten/sessies/" + ids.get("{remSessionId}");
        logIn(world.professionalEmail(), Fixtures.PASSWORD);
        open(sessionPath);
        awaitFocusInFirstField();

        // 1: the two words that matter, then Enter.
        type("Een koffieochtend in het dorpshuis");
        tab();
        type("ouderen die alleen wonen");
        pressEnter();
        assertAddedAndReady("Een koffieochtend in het dorpshuis");

        // 2: negative and not intended: an arrow key inside each radio group, one tab between them.
        type("Te veel werk voor drie vrijwilligers");
        tab();
        type("de vaste vrijwilligers");
        tab();
        new Actions(driver).sendKeys(Keys.ARROW_RIGHT).perform();
        tab();
        new Actions(driver).sendKeys(Keys.ARROW_RIGHT).perform();
        pressEnter();
        assertAddedAndReady("Te veel werk voor drie vrijwilligers");

        // 3: the community ring, and the whole path to the button is short.
        type("De gemeente vraagt inwoners eerder");
        tab();
        type("inwoners en de gemeente");
        tab();
        tab();
        tab();
        new Actions(driver).sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT).perform();
        int tabs = 4;
        By submit = button(message("ripple.staff.form.add"));
        while (!driver.findElement(submit).equals(focused()) && tabs < 40) {
            tab();
            tabs++;
        }
        assertThat(tabs).as("tab stops from 'what changed' to the add button").isLessThanOrEqualTo(MAX_TABS_TO_SUBMIT);
        pressEnter();
        assertAddedAndReady("De gemeente vraagt inwoners eerder");

        RippleMap map = maps.map(CollaborationId.of(world.collaboration().id()));
        assertThat(map.effects()).extracting(RippleMap.Effect::whatChanged).containsSubsequence(
                "Een koffieochtend in het dorpshuis", "Te veel werk voor drie vrijwilligers",
                "De gemeente vraagt inwoners eerder");
        RippleMap.Effect second = map.effects().stream()
                .filter(e -> e.whatChanged().startsWith("Te veel")).findFirst().orElseThrow();
        assertThat(second.valence()).isEqualTo(Valence.NEGATIVE);
        assertThat(second.intended()).isFalse();
        assertThat(map.effects().getLast().ring()).isEqualTo(Ring.COMMUNITY);
        assertNoAxeViolations();
        assertFitsAPhone();

        open("/beheer/" + world.collaboration().slug() + "/effecten");
        assertThat(driver.findElements(By.cssSelector("svg[role=img] title"))).hasSize(1);
        assertThat(pageText()).contains("Te veel werk voor drie vrijwilligers", message("ripple.staff.tableTitle"));
        assertNoAxeViolations();
        assertFitsAPhone();
    }

    private void assertAddedAndReady(String what) {
        assertThat(driver.findElement(By.cssSelector("[role=status]")).getText())
                .isEqualTo(message("ripple.staff.session.added", what));
        awaitFocusInFirstField();
        assertThat(focused().getDomProperty("value")).isEmpty();
        assertThat(pageText()).contains(what);
    }

    /** The browser moves focus to an autofocus field once the page is rendered, a moment after it loaded. */
    private static void awaitFocusInFirstField() {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(5))
                .withMessage("focus starts in 'what changed'")
                .until(d -> "whatChanged".equals(focused().getDomAttribute("id")));
    }

    private static void type(String text) {
        new Actions(driver).sendKeys(text).perform();
    }

    private static void tab() {
        new Actions(driver).sendKeys(Keys.TAB).perform();
    }
}
