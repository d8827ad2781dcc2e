package nl.samenspraak.pool.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspraak.Fixtures;
import nl.samenspraak.e2e.BrowserTest;
import nl.samenspraak.pool.internal.Vocabulary.DayPart;
import nl.samenspraak.pool.internal.Vocabulary.Way;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A resident without JavaScript and without a mouse joins the pool (after getting the form
 * wrong once), a staff member finds fitting members for an activity and sees why others do not
 * fit, the resident says yes to the invitation and agrees to a commitment. Every page is
 * scanned with axe, error states included.
 */
@BrowserTest.WithoutJavaScript
class PoolJourneyTest extends BrowserTest {

    @Autowired PoolJoining joining;
    @Autowired CommitmentProposals proposals;
    @Autowired Fixtures fixtures;
    @Autowired PoolMembers members;
    @Autowired Activities activities;
    @Autowired Commitments commitments;
    @Autowired JdbcClient jdbc;

    @Test
    void residentJoinsByKeyboardIsInvitedWithinTheirLimitsAndAgreesToACommitment() {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        String slug = world.collaboration().slug();
        String email = "journey-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        open("/inwonerpool/" + slug + "?lang=nl");
        assertThat(heading()).isEqualTo(message("pool.join.title", world.collaboration().name()));
        assertNoAxeViolations();
        tabAndEnter(button(message("pool.join.submit")));
        assertThat(errorSummary()).contains(message("pool.error.contactBy"), message("pool.error.days"),
                message("pool.error.consentInvitations"));
        assertThat(driver.findElement(By.id("days")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertNoAxeViolations();

        tabAndSpace(By.id("contactBy"));
        tabAndType(By.id("name"), "Ans de Vries");
        tabAndType(By.id("email"), email);
        tabAndSpace(By.id("interests"));
        tabAndSpace(By.id("energy"));
        tabAndSpace(By.id("days"));
        for (String day : List.of("TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            tabAndSpace(By.id("days-" + day));
        }
        tabAndSpace(By.id("dayParts"));
        tabAndSpace(By.id("dayParts-AFTERNOON"));
        tabAndSpace(By.id("dayParts-EVENING"));
        tabAndSpace(By.id("ways"));
        tabAndSpace(By.id("consentInvitations"));
        tabAndEnter(button(message("pool.join.submit")));
        assertThat(heading()).isEqualTo(message("pool.member.title"));
        assertThat(currentPath()).startsWith("/inwonerpool/mijn/");
        assertNoAxeViolations();
        UUID resident = jdbc.sql("SELECT id FROM resident WHERE email = :e").param("e", email).query(UUID.class).single();
        Member member = members.ofResident(c, resident).orElseThrow();

        // A second member who only takes part by phone: the staff page must say why she does not fit.
        joining.join(c, PoolData.byEmail("Bep Telefoon"), PoolData.aProfile(10, EnumSet.allOf(DayOfWeek.class),
                EnumSet.allOf(DayPart.class), 4, EnumSet.of(Way.PHONE)), false);
        UUID activity = activities.create(c, InvitationsTest.activity("Klankbordavond over eenzaamheid",
                today().plusDays(7), "19:30", "2", "IN_PERSON"), "test");

        logIn(world.professionalEmail(), Fixtures.PASSWORD);
        open("/beheer/" + slug + "/inwonerpool");
        assertNoAxeViolations();
        open("/beheer/" + slug + "/inwonerpool/activiteiten/nieuw");
        assertNoAxeViolations();
        tabAndEnter(button(message("pool.activity.search")));
        assertThat(errorSummary()).contains(message("pool.error.titleRequired"));
        assertNoAxeViolations();
        open("/beheer/" + slug + "/inwonerpool/activiteiten/" + activity);
        assertThat(pageText()).contains("Bep Telefoon", message("pool.misfit.WAY"));
        assertNoAxeViolations();
        tabAndSpace(By.id("members"));
        tabAndEnter(button(message("pool.activity.invite")));
        assertThat(pageText()).contains(message("pool.activity.sentCount", 1));
        assertNoAxeViolations();
        open("/beheer/" + slug + "/inwonerpool/leden/" + member.id());
        assertNoAxeViolations();
        open("/beheer/" + slug + "/inwonerpool/nieuw");
        assertNoAxeViolations();

        open("/uitnodiging/" + link(c, "/uitnodiging/", "Uitnodiging%"));
        assertThat(heading()).contains("Klankbordavond over eenzaamheid");
        assertNoAxeViolations();
        tabAndChoose(By.id("answer"));
        tabAndEnter(button(message("pool.invitation.submit")));
        assertThat(pageText()).contains(message("pool.invitation.thanksYes"));
        assertNoAxeViolations();

        UUID commitment = proposals.propose(c, CommitmentsTest.form(member.id(), world.coordinatorId(), today(),
                today().plusMonths(6)), world.coordinatorEmail());
        open("/beheer/" + slug + "/afspraken");
        assertNoAxeViolations();
        open("/beheer/" + slug + "/afspraken/" + commitment);
        assertNoAxeViolations();
        open("/beheer/" + slug + "/afspraken/nieuw");
        assertNoAxeViolations();
        open("/afspraak/" + link(c, "/afspraak/", "Voorstel voor een afspraak%"));
        assertNoAxeViolations();
        tabAndEnter(button(message("pool.commitment.agree")));
        assertThat(pageText()).contains(message("pool.commitment.done.agree"));
        assertThat(commitments.find(c, commitment).orElseThrow().status()).isEqualTo(Commitment.Status.ACTIVE);
        assertNoAxeViolations();

        open("/inwonerpool/mijn/verzonnen-link");
        assertThat(heading()).isEqualTo(message("pool.link.title"));
        assertNoAxeViolations();
    }

    private String link(UUID collaboration, String prefix, String subject) {
        String body = jdbc.sql("""
                        SELECT body FROM outbox_mail WHERE collaboration_id = :c AND subject LIKE :s
                        ORDER BY created_at DESC LIMIT 1
                        """)
                .param("c", collaboration).param("s", subject).query(String.class).single();
        Matcher m = Pattern.compile(Pattern.quote(prefix) + "([A-Za-z0-9_-]+)").matcher(body);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
