package nl.samenspraak.feedback.internal;

import static nl.samenspraak.feedback.internal.Authors.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.feedback.FeedbackLoop;
import nl.samenspraak.input.Author;
import nl.samenspraak.input.Channel;
import nl.samenspraak.input.FeedbackStatus;
import nl.samenspraak.input.InputIntake;
import nl.samenspraak.input.InputViews;
import nl.samenspraak.input.NewInput;
import nl.samenspraak.platform.Outbox;
import nl.samenspraak.process.Processes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

class DeadlineReminderTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired InputIntake intake;
    @Autowired InputViews inputViews;
    @Autowired FeedbackLoop feedback;
    @Autowired Processes processes;
    @Autowired Outbox outbox;
    @Autowired DeadlineReminders reminders;
    @Autowired JdbcClient jdbc;
    @Value("${samenspraak.base-url}") String appBaseUrl;

    @Test
    void remindsCoordinatorsAndProfessionalsOfOverdueAndNearlyDueInputsWithoutNamingResidents() {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        LocalDate today = inputViews.today();
        String residentEmail = Authors.uniqueEmail();
        // The process promises an answer within 14 days.
        var overdue = capture(world, process, "Ik voel me vaak alleen sinds mijn man overleed", today.minusDays(20),
                Authors.byEmail("Ans de Vries", residentEmail));
        var nearlyDue = capture(world, process, "Een koffieochtend in de bibliotheek", today.minusDays(12),
                Author.anonymous());

        reminders.sendFor(today);

        // Ans got her receipt when her input arrived (it may be in the outbox by now); the reminders go to staff only.
        List<Outbox.MailView> mails = outbox.latest(world.collaboration().id(), 100).stream()
                .filter(m -> !m.subject().startsWith("Wij hebben uw inbreng ontvangen")).toList();
        assertThat(mails).extracting(Outbox.MailView::recipient)
                .containsExactlyInAnyOrder(world.coordinatorEmail(), world.professionalEmail());
        for (Outbox.MailView mail : mails) {
            assertThat(mail.subject()).isEqualTo("Samenspraak: 2 reacties wachten op antwoord (1 te laat)");
            assertThat(mail.body()).contains("Te laat: 1", "Moet binnen 5 dagen antwoord krijgen: 1",
                    "Volgcode " + overdue.followCode().display() + ", traject \"Eenzaamheid in de wijk\"",
                    "(6 dagen te laat)", "Volgcode " + nearlyDue.followCode().display(), "(nog 2 dagen)",
                    AnswerTexts.longDate(overdue.answerDue()),
                    appBaseUrl + "/beheer/" + world.collaboration().slug(), "In English:");
            assertThat(mail.body().indexOf(overdue.followCode().display()))
                    .as("the most urgent input comes first")
                    .isLessThan(mail.body().indexOf(nearlyDue.followCode().display()));
            assertThat(mail.body()).doesNotContain("Ans de Vries", residentEmail, "sinds mijn man overleed");
        }
        assertThat(mails.stream().filter(m -> m.recipient().equals(world.coordinatorEmail())).findFirst().orElseThrow()
                .body()).startsWith("Beste Coördinator ");
        assertThat(jdbc.sql("""
                SELECT result FROM audit_entry WHERE collaboration_id = :c AND action = 'reminder.deadline'
                """).param("c", world.collaboration().id()).query(String.class).list()).containsExactly("2");
    }

    @Test
    void sendsOneReminderPerCollaborationPerDay() {
        var world = fixtures.aCollaborationWithStaff();
        capture(world, fixtures.aProcess(world), "Bankjes langs het fietspad", inputViews.today().minusDays(15),
                Author.anonymous());
        LocalDate today = inputViews.today();

        reminders.sendFor(today);
        reminders.sendFor(today);

        assertThat(outbox.latest(world.collaboration().id(), 100)).hasSize(2);
        assertThat(reminderDays(world.collaboration().id())).containsExactly(today);
    }

    @Test
    void sendsOneReminderWhenTwoAppNodesRunAtTheSameMoment() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        capture(world, fixtures.aProcess(world), "Een maaltijd samen in het buurthuis", inputViews.today().minusDays(14),
                Author.anonymous());
        LocalDate today = inputViews.today();

        Callable<Integer> node = () -> reminders.sendFor(today);
        try (ExecutorService nodes = Executors.newFixedThreadPool(2)) {
            nodes.invokeAll(List.of(node, node));
        }

        assertThat(outbox.latest(world.collaboration().id(), 100)).extracting(Outbox.MailView::recipient)
                .containsExactlyInAnyOrder(world.coordinatorEmail(), world.professionalEmail());
        assertThat(outbox.latest(world.collaboration().id(), 100)).extracting(Outbox.MailView::subject)
                .containsOnly("Samenspraak: 1 reactie wacht op antwoord");
        assertThat(outbox.latest(world.collaboration().id(), 100).getFirst().body())
                .contains("Te laat: 0", "(vandaag is de laatste dag)");
    }

    @Test
    void sendsNothingWhenEveryInputIsAnsweredOrFarFromItsDueDate() {
        var world = fixtures.aCollaborationWithStaff();
        UUID collaboration = world.collaboration().id();
        UUID process = fixtures.aProcess(world);
        LocalDate today = inputViews.today();
        var answered = capture(world, process, "Meer straatverlichting", today.minusDays(30), Author.anonymous());
        feedback.answer(collaboration, answered.id(), FeedbackStatus.ADOPTED, "Er komen nieuwe lampen.",
                world.coordinatorId(), "test");
        capture(world, process, "Een wandelclub", today, Author.anonymous());
        // Due in 6 days: one day beyond the "nearly due" window.
        capture(world, process, "Vervoer naar de markt", today.minusDays(14 - InputViews.NEARLY_DUE_DAYS - 1),
                Author.anonymous());

        reminders.sendFor(today);

        assertThat(outbox.latest(collaboration, 100)).isEmpty();
        assertThat(reminderDays(collaboration)).isEmpty();
    }

    @Test
    void remindsAgainTheNextDayWithTheNewCounts() {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        LocalDate today = inputViews.today();
        capture(world, process, "Een belbus voor ouderen", today.minusDays(20), Author.anonymous());
        // Due in 6 days today, in 5 days tomorrow: only tomorrow's reminder counts it.
        capture(world, process, "Een moestuin voor de buurt", today.minusDays(8), Author.anonymous());

        reminders.sendFor(today);
        reminders.sendFor(today.plusDays(1));

        List<Outbox.MailView> mails = outbox.latest(world.collaboration().id(), 100);
        assertThat(mails).hasSize(4);
        assertThat(mails).extracting(Outbox.MailView::subject).containsOnly(
                "Samenspraak: 1 reactie wacht op antwoord (1 te laat)",
                "Samenspraak: 2 reacties wachten op antwoord (1 te laat)");
        assertThat(mails).filteredOn(m -> m.subject().contains("2 reacties"))
                .hasSize(2).allSatisfy(m -> assertThat(m.body()).contains("(7 dagen te laat)", "(nog 5 dagen)"));
        assertThat(reminderDays(world.collaboration().id())).containsExactly(today, today.plusDays(1));
    }

    @Test
    void listsTheTenMostUrgentInputsAndCountsTheRest() {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        LocalDate today = inputViews.today();
        for (int i = 0; i < 12; i++) {
            capture(world, process, "Idee " + i, today.minusDays(14 + i), Author.anonymous());
        }

        reminders.sendFor(today);

        String body = outbox.latest(world.collaboration().id(), 100).getFirst().body();
        assertThat(body.lines().filter(line -> line.startsWith("- Volgcode "))).hasSize(10);
        assertThat(body).contains("(11 dagen te laat)", "(2 dagen te laat)", "En nog 2 andere reacties.")
                .doesNotContain("(1 dag te laat)", "(vandaag is de laatste dag)");
        assertThat(body.indexOf("(11 dagen te laat)")).isLessThan(body.indexOf("(10 dagen te laat)"));
    }

    @Test
    void showsAHostileProcessTitleAsPlainText() {
        var world = fixtures.aCollaborationWithStaff();
        String title = "<script>alert('x')</script> & \"zorg\" {0} ''{1}'' ${samenspraak.base-url}";
        UUID process = processes.create(world.collaboration().id(), Fixtures.aProcessDraft(title), "test");
        capture(world, process, "Een idee", inputViews.today().minusDays(16), Author.anonymous());

        reminders.sendFor(inputViews.today());

        assertThat(outbox.latest(world.collaboration().id(), 100)).hasSize(2)
                .allSatisfy(m -> assertThat(m.body()).contains("traject \"" + title + "\""));
    }

    @Test
    void deliversTheReminderToTheStaffMailbox() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        capture(world, fixtures.aProcess(world), "Een buurtapp", inputViews.today().minusDays(18), Author.anonymous());

        reminders.sendFor(inputViews.today());

        MimeMessage mail = eventually().until(() -> mailsTo(world.professionalEmail()), list -> list.size() == 1).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Samenspraak: 1 reactie wacht op antwoord (1 te laat)");
        assertThat((String) mail.getContent()).contains("Beste Professional ", "(4 dagen te laat)",
                "/beheer/" + world.collaboration().slug());
        eventually().until(() -> mailsTo(world.coordinatorEmail()), list -> list.size() == 1);
        assertThat(mailsTo(world.viewerEmail())).isEmpty();
    }

    private InputIntake.Receipt capture(Fixtures.World world, UUID process, String text, LocalDate receivedOn,
                                        Author author) {
        return intake.capture(world.collaboration().id(), process,
                new NewInput(text, Channel.MEETING, receivedOn, false, author, world.coordinatorId()));
    }

    private List<LocalDate> reminderDays(UUID collaboration) {
        return jdbc.sql("SELECT sent_on FROM deadline_reminder WHERE collaboration_id = :c ORDER BY sent_on")
                .param("c", collaboration).query(LocalDate.class).list();
    }

    private List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(MAIL_SERVER.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(email));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }
}
