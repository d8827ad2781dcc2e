package nl.samenspraak;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.SecondFactor;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Intent-revealing test data. Every call makes new, unique objects, so tests sharing
 * one database never see each other's data by accident.
 */
@TestComponent
public class Fixtures {

    public static final String PASSWORD = "correct horse battery staple";
    /** The authenticator-app secret of every coordinator made here (base32, 160 bits). */
    public static final String TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    /**
     * A collaboration with a coordinator, a professional and a viewer, all with {@link #PASSWORD}.
     * The coordinator has a second factor with {@link #TOTP_SECRET}, as the role requires.
     */
    public record World(Collaboration collaboration, String coordinatorEmail, UUID coordinatorId,
                        String professionalEmail, String viewerEmail) {}

    private final Collaborations collaborations;
    private final StaffAccounts staff;
    private final Processes processes;
    private final SecondFactor secondFactor;
    private final JdbcClient jdbc;
    private final Clock clock;

    public Fixtures(Collaborations collaborations, StaffAccounts staff, Processes processes, SecondFactor secondFactor,
                    JdbcClient jdbc, Clock clock) {
        this.collaborations = collaborations;
        this.staff = staff;
        this.processes = processes;
        this.secondFactor = secondFactor;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Enrols an authenticator app with {@link #TOTP_SECRET} for this account, through the real enrolment. */
    public List<String> enrolSecondFactor(UUID staffId) {
        List<String> recoveryCodes = secondFactor.enrol(staffId, TOTP_SECRET, codeAt(TOTP_SECRET, clock.instant()), "test")
                .orElseThrow();
        forgetUsedCode(staffId);
        return recoveryCodes;
    }

    /**
     * The code the authenticator app of this account shows now. The account's last used step is
     * forgotten first: a test may log in twice within the 30 seconds in which a code is valid,
     * which the app refuses on purpose (a code works once).
     */
    public String currentCode(String email) {
        String secret = jdbc.sql("SELECT totp_secret FROM staff_account WHERE lower(email) = lower(:e)")
                .param("e", email).query(String.class).single();
        jdbc.sql("UPDATE staff_account SET totp_last_step = NULL WHERE lower(email) = lower(:e)").param("e", email).update();
        return codeAt(secret, clock.instant());
    }

    /** The code of a secret at a moment, computed by the same library the app uses. */
    public static String codeAt(String secret, Instant at) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, Math.floorDiv(at.getEpochSecond(), 30));
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    private void forgetUsedCode(UUID staffId) {
        jdbc.sql("UPDATE staff_account SET totp_last_step = NULL WHERE id = :id").param("id", staffId).update();
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
        enrolSecondFactor(coordinatorId);
        String professional = "professional@" + slug + ".example";
        staff.grant(staff.create(professional, "Professional " + n, PASSWORD, false, "test"), c.id(), Role.PROFESSIONAL, "test");
        String viewer = "viewer@" + slug + ".example";
        staff.grant(staff.create(viewer, "Kijker " + n, PASSWORD, false, "test"), c.id(), Role.VIEWER, "test");
        return new World(c, coordinator, coordinatorId, professional, viewer);
    }

    /** A board member (bestuurder) of the world's collaboration, who may read only its yearly report; their e-mail. */
    public String aBoardMember(World world) {
        String email = "bestuurder@" + world.collaboration().slug() + ".example";
        staff.grant(staff.create(email, "Bestuurder " + world.collaboration().slug(), PASSWORD, false, "test"),
                world.collaboration().id(), Role.BOARD, "test");
        return email;
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
                List.of(new Phase("Ideeën ophalen", TestClock.today().minusDays(10), TestClock.today().plusDays(20))));
    }
}
