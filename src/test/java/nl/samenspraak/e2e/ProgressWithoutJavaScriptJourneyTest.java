package nl.samenspraak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.process.Processes;
import nl.samenspraak.progress.MilestoneKind;
import nl.samenspraak.progress.Milestones;
import nl.samenspraak.progress.NewMilestone;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A resident without JavaScript jumps from the top of the process page to the input form, and follows
 * "U zei, wij deden" to the timeline, by keyboard.
 */
@BrowserTest.WithoutJavaScript
class ProgressWithoutJavaScriptJourneyTest extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired Processes processes;
    @Autowired Milestones milestones;

    @Test
    void residentReachesTheFormFromTheTopAndReadsTheTimeline() {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = processes.create(world.collaboration().id(),
                Fixtures.aProcessDraft("Buurtkamer " + UUID.randomUUID().toString().substring(0, 6)), "test");
        milestones.add(world.collaboration().id(), process, new NewMilestone(MilestoneKind.DELAY_NOTICE, today(),
                "De buurtkamer opent later", "De verbouwing duurt twee maanden langer, omdat er asbest is gevonden.",
                null, null), world.coordinatorId(), "test");

        open("/trajecten/" + process);
        tabAndEnterInPage(link(message("participate.jumpToForm")));
        assertThat(driver.getCurrentUrl()).endsWith("#uw-inbreng");
        assertNoAxeViolations();

        tabAndEnter(link(message("progress.saidDid.timelineLink")));
        assertThat(currentPath()).isEqualTo("/trajecten/" + process + "/voortgang");
        assertThat(pageText()).contains(message("progress.timeline.delayNoticeHonest"), "De buurtkamer opent later",
                "asbest");
        assertThat(driver.findElements(By.cssSelector(".timeline-entry--bad-news"))).isNotEmpty();
        assertNoAxeViolations();
        assertFitsAPhone();
    }
}
