package nl.samenspraak;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccounts;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.collaboration.MemberOrganisation;
import nl.samenspraak.process.InfluencePromise;
import nl.samenspraak.process.ParticipationLevel;
import nl.samenspraak.process.Phase;
import nl.samenspraak.process.ProcessDraft;
import nl.samenspraak.process.Processes;
import org.springframework.boot.test.context.TestComponent;

/**
 * Intent-revealing test data. Every call makes new, unique objects, so tests sharing
 * one database never see each other's data by accident.
 */
@TestComponent
public class Fixtures {

    public static final String PASSWORD = "correct horse battery staple";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** A collaboration with a coordinator, a professional and a viewer, all with {@link #PASSWORD}. */
    public record World(Collaboration collaboration, String coordinatorEmail, UUID coordinatorId,
                        String professionalEmail, String viewerEmail) {}

    private final Collaborations collaborations;
    private final StaffAccounts staff;
    private final Processes processes;

    public Fixtures(Collaborations collaborations, StaffAccounts staff, Processes processes) {
        this.collaborations = collaborations;
        this.staff = staff;
        this.processes = processes;
    }

    public World aCollaborationWithStaff() {
        int n = COUNTER.incrementAndGet();
        String slug = "test-" + n + "-" + UUID.randomUUID().toString().substring(0, 6);
        Collaboration c = collaborations.create(slug, "Samen Gezond " + n, "Regio " + n, "Een test.",
                List.of("ouderen"), List.of(new MemberOrganisation("Gemeente " + n, MemberOrganisation.OrganisationType.MUNICIPALITY)),
                "test");
        String coordinator = "coordinator@" + slug + ".example";
        UUID coordinatorId = staff.create(coordinator, "Coördinator " + n, PASSWORD, false, "test");
        staff.grant(coordinatorId, c.id(), Role.COORDINATOR, "test");
        String professional = "professional@" + slug + ".example";
        staff.grant(staff.create(professional, "Professional " + n, PASSWORD, false, "test"), c.id(), Role.PROFESSIONAL, "test");
        String viewer = "viewer@" + slug + ".example";
        staff.grant(staff.create(viewer, "Kijker " + n, PASSWORD, false, "test"), c.id(), Role.VIEWER, "test");
        return new World(c, coordinator, coordinatorId, professional, viewer);
    }

    /** A consulting process that promises an answer within 14 days. */
    public UUID aProcess(World world) {
        return processes.create(world.collaboration().id(), aProcessDraft("Eenzaamheid in de wijk"), "test");
    }

    public static ProcessDraft aProcessDraft(String title) {
        return new ProcessDraft(title, "We willen weten wat u helpt om minder alleen te zijn.",
                List.of("eenzaamheid"), List.of("ouderen"), "Centrum", ParticipationLevel.CONSULTING,
                new InfluencePromise("Welke activiteiten er komen.", "Het budget staat vast.", "De wethouder",
                        "In juni"),
                14, "Ideeën ophalen",
                List.of(new Phase("Ideeën ophalen", LocalDate.now().minusDays(10), LocalDate.now().plusDays(20))));
    }
}
