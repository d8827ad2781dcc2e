package nl.samenspraak.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.collaboration.MemberOrganisation;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.process.Processes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/** The progress module with the modules it depends on: milestones are stored per process, newest first, and keep their rules. */
@DirtiesContext
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = {"samenspraak.data-dir=", "samenspraak.demo=false"})
class ProgressModuleTest {

    @Autowired Collaborations collaborations;
    @Autowired Processes processes;
    @Autowired Milestones milestones;
    @Autowired Clock clock;

    @Test
    void milestonesOfAProcessAreListedNewestFirstAndStayInTheirCollaboration() {
        Collaboration mine = aCollaboration();
        Collaboration other = aCollaboration();
        UUID process = processes.create(mine.id(), Fixtures.aProcessDraft("Speeltuin Oost"), "test");
        LocalDate today = LocalDate.now(clock);

        milestones.add(mine.id(), process, new NewMilestone(MilestoneKind.MILESTONE, today.minusDays(10),
                "Ontwerp klaar", "Het ontwerp van de speeltuin is klaar.", null, null), UUID.randomUUID(), "test");
        milestones.add(mine.id(), process, new NewMilestone(MilestoneKind.QUICK_WIN, today,
                "Nieuwe schommel", "Er hangt al een nieuwe schommel.", null, null), UUID.randomUUID(), "test");

        List<Milestone> listed = milestones.ofProcess(mine.id(), process);
        assertThat(listed).extracting(Milestone::title).containsExactly("Nieuwe schommel", "Ontwerp klaar");
        assertThat(milestones.ofCollaboration(other.id())).isEmpty();
        assertThat(milestones.ofProcess(other.id(), process)).isEmpty();
        assertThatThrownBy(() -> milestones.add(other.id(), process, new NewMilestone(MilestoneKind.QUICK_WIN, today,
                "Niet van u", "Dit traject is van een ander.", null, null), UUID.randomUUID(), "test"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDelayNoticeNeedsItsReasonAndAPhotoNeedsAltText() {
        Collaboration mine = aCollaboration();
        UUID process = processes.create(mine.id(), Fixtures.aProcessDraft("Fietspad"), "test");
        LocalDate today = LocalDate.now(clock);

        assertThatThrownBy(() -> milestones.add(mine.id(), process, new NewMilestone(MilestoneKind.DELAY_NOTICE, today,
                "Later klaar", "  ", null, null), UUID.randomUUID(), "test"))
                .isInstanceOfSatisfying(InvalidMilestoneException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("progress.error.reason"));
        assertThatThrownBy(() -> milestones.add(mine.id(), process, new NewMilestone(MilestoneKind.QUICK_WIN, today,
                "Foto", "Met foto.", ProgressImages.png(4, 4), ""), UUID.randomUUID(), "test"))
                .isInstanceOfSatisfying(InvalidMilestoneException.class,
                        e -> assertThat(e.field()).isEqualTo("photoAlt"));
        assertThat(milestones.ofProcess(mine.id(), process)).isEmpty();
    }

    private Collaboration aCollaboration() {
        return collaborations.create("progress-module-" + UUID.randomUUID().toString().substring(0, 8), "Samen Vooruit",
                "Regio", "Een test.", List.of("ouderen"),
                List.of(new MemberOrganisation("Gemeente", MemberOrganisation.OrganisationType.MUNICIPALITY)), "test");
    }
}
