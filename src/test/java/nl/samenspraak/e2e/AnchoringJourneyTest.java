package nl.samenspraak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import nl.samenspraak.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A professional, by keyboard and without JavaScript, records structural funding (after first forgetting who
 * gives it) and a policy agreement, and sees the standing of both strategies change in words. Every step is
 * scanned with axe, also at 390 px.
 */
@BrowserTest.WithoutJavaScript
class AnchoringJourneyTest extends BrowserTest {

    @Autowired Fixtures fixtures;

    private String standingOf(String strategyKey) {
        return driver.findElement(By.xpath("//tr[th[normalize-space()=" + xpathLiteral(message(strategyKey)) + "]]/td[1]"))
                .getText();
    }

    @Test
    void professionalAddsFundingAndAPolicyItemAndSeesTheStandingChange() {
        var world = fixtures.aCollaborationWithStaff();
        String slug = world.collaboration().slug();

        logIn(world.professionalEmail(), Fixtures.PASSWORD);
        open("/beheer/" + slug + "/verankering");
        assertThat(standingOf("anchoring.strategy.FINANCIAL")).isEqualTo(message("anchoring.standing.MISSING"));
        assertThat(standingOf("anchoring.strategy.POLICY")).isEqualTo(message("anchoring.standing.MISSING"));
        assertThat(pageText()).contains(message("anchoring.staff.help.financial"));
        assertNoAxeViolations();
        assertFitsAPhone();

        // Who gives the money is forgotten: nothing is stored and the error sits next to the field.
        tabAndEnter(link(message("anchoring.staff.kind.FUNDING")));
        tabAndType(By.id("description"), "Zorgbudget");
        tabAndType(By.id("amount"), "40.000");
        tabAndChoose(By.id("fundingKind-STRUCTURAL"));
        tabAndEnter(button(message("anchoring.staff.form.save")));
        assertThat(errorSummary()).contains(message("anchoring.staff.error.funder"));
        assertThat(driver.findElement(By.id("funder")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id("fundingKind-STRUCTURAL")).isSelected()).as("the choice is kept").isTrue();
        assertNoAxeViolations();
        assertFitsAPhone();

        tabAndType(By.id("funder"), "Gemeente");
        tabAndEnter(button(message("anchoring.staff.form.save")));
        assertThat(currentPath()).startsWith("/beheer/" + slug + "/verankering?toegevoegd");
        assertThat(standingOf("anchoring.strategy.FINANCIAL")).isEqualTo(message("anchoring.standing.IN_PLACE"));
        assertThat(pageText()).contains(message("anchoring.staff.added"), "Zorgbudget van Gemeente");

        tabAndEnter(link(message("anchoring.staff.kind.POLICY_ITEM")));
        tabAndType(By.id("description"), "Besluit van het bestuur");
        tabAndChoose(By.id("policyItem-BOARD_COMMITMENT"));
        tabAndEnter(button(message("anchoring.staff.form.save")));
        assertThat(standingOf("anchoring.strategy.POLICY")).isEqualTo(message("anchoring.standing.PARTLY"));
        assertThat(pageText()).contains(message("anchoring.missing.policyItem", message("anchoring.policyItem.ADVISORY_BODY")));
        assertNoAxeViolations();
        assertFitsAPhone();
    }
}
