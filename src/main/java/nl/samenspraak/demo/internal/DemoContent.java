package nl.samenspraak.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccounts;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.collaboration.MemberOrganisation;
import nl.samenspraak.input.Author;
import nl.samenspraak.input.Channel;
import nl.samenspraak.input.ContactBy;
import nl.samenspraak.feedback.FeedbackLoop;
import nl.samenspraak.input.FeedbackStatus;
import nl.samenspraak.input.InputIntake;
import nl.samenspraak.input.NewInput;
import nl.samenspraak.input.Referral;
import nl.samenspraak.platform.DemoContributor;
import nl.samenspraak.platform.DemoOnly;
import nl.samenspraak.process.InfluencePromise;
import nl.samenspraak.process.ParticipationLevel;
import nl.samenspraak.process.Phase;
import nl.samenspraak.process.ProcessDraft;
import nl.samenspraak.process.Processes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads {@code demo/demo-content.json} through the same facades a coordinator uses. Dates
 * in the file are relative to today, so overdue and nearly-due inputs stay so.
 */
@Component
@DemoOnly
class DemoContent {

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);
    static final String ACTOR = "demo";

    record File(List<CollaborationData> collaborations) {}

    record CollaborationData(String slug, String name, String region, String description, List<String> targetGroups,
                             List<OrganisationData> organisations, String coordinatorName, String phone,
                             String postalAddress, List<ProcessData> processes) {}

    record OrganisationData(String name, MemberOrganisation.OrganisationType type) {}

    record ProcessData(String title, String summary, List<String> themes, List<String> targetGroups, String area,
                       ParticipationLevel participationLevel, InfluencePromise promise, int answerWithinDays,
                       String firstInvolvedPhase, List<PhaseData> phases, List<InputData> inputs) {}

    record PhaseData(String name, int startOffsetDays, int endOffsetDays) {}

    record InputData(String text, Channel channel, int receivedDaysAgo, boolean publish, AuthorData author,
                     AnswerData answer) {}

    record AuthorData(String name, String email, String postalAddress, String phone, ContactBy contactBy) {}

    /** {@code referredTo} and {@code referredContact}: where an answer "outside the question" sent the input. */
    record AnswerData(FeedbackStatus status, String text, int daysAfterReceipt, String referredTo,
                      String referredContact) {}

    private final Collaborations collaborations;
    private final StaffAccounts staff;
    private final Processes processes;
    private final InputIntake intake;
    private final FeedbackLoop feedback;
    private final Clock clock;
    private final List<DemoContributor> contributors;

    DemoContent(Collaborations collaborations, StaffAccounts staff, Processes processes, InputIntake intake,
                FeedbackLoop feedback, Clock clock, List<DemoContributor> contributors) {
        this.contributors = contributors;
        this.collaborations = collaborations;
        this.staff = staff;
        this.processes = processes;
        this.intake = intake;
        this.feedback = feedback;
        this.clock = clock;
    }

    static File read() {
        try (InputStream in = new ClassPathResource("demo/demo-content.json").getInputStream()) {
            return JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in, File.class);
        } catch (IOException e) {
            throw new IllegalStateException("demo content unreadable", e);
        }
    }

    /** All in one transaction: a half-loaded demo would block a later load (it only loads into an empty database). */
    @Transactional
    void load(File file, String password) {
        LocalDate today = LocalDate.now(clock);
        for (CollaborationData c : file.collaborations()) {
            Collaboration collaboration = collaborations.create(c.slug(), c.name(), c.region(), c.description(),
                    c.targetGroups(), c.organisations().stream()
                            .map(o -> new MemberOrganisation(o.name(), o.type())).toList(), ACTOR);
            collaborations.setContact(collaboration.id(),
                    new nl.samenspraak.collaboration.CollaborationContact(c.phone(), c.postalAddress()), ACTOR);
            UUID coordinator = staff.create(DemoLogins.coordinatorEmail(c.slug()), c.coordinatorName(), password, false, ACTOR);
            staff.grant(coordinator, collaboration.id(), Role.COORDINATOR, ACTOR);
            // One login per other role, so a visitor can see what a professional and a viewer may do.
            staff.grant(staff.create(DemoLogins.professionalEmail(c.slug()), "Professional (demo)", password, false, ACTOR),
                    collaboration.id(), Role.PROFESSIONAL, ACTOR);
            staff.grant(staff.create(DemoLogins.viewerEmail(c.slug()), "Meekijker (demo)", password, false, ACTOR),
                    collaboration.id(), Role.VIEWER, ACTOR);
            staff.grant(staff.create(DemoLogins.boardEmail(c.slug()), "Bestuurder (demo)", password, false, ACTOR),
                    collaboration.id(), Role.BOARD, ACTOR);
            List<UUID> processIds = new java.util.ArrayList<>();
            for (ProcessData p : c.processes()) {
                UUID processId = processes.create(collaboration.id(), new ProcessDraft(p.title(), p.summary(), p.themes(),
                        p.targetGroups(), p.area(), p.participationLevel(), p.promise(), p.answerWithinDays(),
                        p.firstInvolvedPhase(), p.phases().stream().map(ph -> new Phase(ph.name(),
                                today.plusDays(ph.startOffsetDays()), today.plusDays(ph.endOffsetDays()))).toList()), ACTOR);
                processIds.add(processId);
                for (InputData i : p.inputs()) {
                    LocalDate received = today.minusDays(i.receivedDaysAgo());
                    Author author = i.author() == null ? Author.anonymous() : new Author(i.author().name(),
                            i.author().email(), i.author().postalAddress(), i.author().phone(), i.author().contactBy(), true);
                    var receipt = intake.capture(collaboration.id(), processId, new NewInput(i.text(), i.channel(),
                            received, i.publish(), author, i.channel() == Channel.ONLINE ? null : coordinator));
                    if (i.answer() != null) {
                        feedback.recordEarlierAnswer(collaboration.id(), receipt.id(), i.answer().status(),
                                i.answer().text(), Referral.of(i.answer().referredTo(), i.answer().referredContact()),
                                received.plusDays(i.answer().daysAfterReceipt()), coordinator, ACTOR);
                    }
                }
            }
            var demo = new DemoContributor.DemoCollaboration(collaboration.id(), c.slug(), c.name(), coordinator,
                    DemoLogins.coordinatorEmail(c.slug()), List.copyOf(processIds), today);
            contributors.forEach(contributor -> contributor.contribute(demo));
        }
        log.info("Demo content loaded: {} collaborations.", file.collaborations().size());
    }
}
