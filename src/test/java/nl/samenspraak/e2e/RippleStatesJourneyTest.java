package nl.samenspraak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.samenspraak.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The REM pages in their empty and error states, by keyboard, scanned with axe at 1280 and 390 px: a map
 * without sessions, a session started without a name, a session without effects (which can be removed), and an
 * effect without what changed.
 */
class RippleStatesJourneyTest extends BrowserTest {

    @Autowired Fixtures fixtures;

    @Test
    void aFacilitatorMeetsTheEmptyAndErrorStatesAndRemovesASessionStartedByMistake() {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        String map = "/beheer/" + world.collaboration().slug() + "/effecten";
        logIn(world.professionalEmail(), Fixtures.PASSWORD);
        open(map);
        assertThat(pageText()).contains(message("ripple.staff.noSessions"), message("ripple.staff.noEffects"));
        assertNoAxeViolations();
        assertFitsAPhone();

        // No name for the session: the error sits at the field, the ticked activity is kept.
        tabAndType(By.id("facilitator"), "Bram");
        tabAndSpace(By.id("act-" + process));
        tabAndEnter(button(message("ripple.staff.form.start")));
        assertThat(errorSummary()).contains(message("ripple.staff.error.title"));
        assertThat(driver.findElement(By.id("act-" + process)).isSelected()).isTrue();
        assertNoAxeViolations();
        assertFitsAPhone();

        tabAndType(By.id("title"), "Per ongeluk gestart");
        tabAndEnter(button(message("ripple.staff.form.start")));
        assertThat(currentPath()).contains("/effecten/sessies/");
        assertThat(pageText()).contains(message("ripple.staff.session.noEffects"));
        assertNoAxeViolations();
        assertFitsAPhone();

        // An effect without what changed: 422, the error at the field, nothing added.
        tabAndEnter(button(message("ripple.staff.form.add")));
        assertThat(errorSummary()).contains(message("ripple.staff.error.whatChanged"));
        assertNoAxeViolations();
        assertFitsAPhone();

        tabAndEnter(button(message("ripple.staff.session.removeSession")));
        assertThat(currentPath()).isEqualTo(map + "?sessieVerwijderd");
        assertThat(pageText()).contains(message("ripple.staff.sessionRemoved"), message("ripple.staff.noSessions"));
        assertNoAxeViolations();
    }
}
