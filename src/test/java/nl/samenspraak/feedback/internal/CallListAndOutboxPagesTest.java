package nl.samenspraak.feedback.internal;

import static nl.samenspraak.feedback.internal.Authors.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.feedback.FeedbackLoop;
import nl.samenspraak.feedback.NoticeKind;
import nl.samenspraak.feedback.Notifications.NotificationView;
import nl.samenspraak.feedback.Notifications;
import nl.samenspraak.input.FeedbackStatus;
import nl.samenspraak.input.InputIntake;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class CallListAndOutboxPagesTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired InputIntake intake;
    @Autowired FeedbackLoop feedback;
    @Autowired Notifications notifications;
    @Autowired JdbcClient jdbc;

    @Test
    void ticksOffACallWithWhoAndWhenAndAnAuditEntry() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        String slug = world.collaboration().slug();
        var receipt = answeredCall(world, "Mien Bakker", "06 1234 5678", "We zoeken een vrijwilliger voor u.");
        UUID notification = notificationOf(receipt.id());
        var professional = as(world.professionalEmail());

        mvc.perform(get("/beheer/{slug}/bellijst", slug).with(professional))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mien Bakker")))
                .andExpect(content().string(containsString("href=\"tel:0612345678\"")))
                .andExpect(content().string(containsString(receipt.followCode().display())))
                .andExpect(content().string(containsString("We zoeken een vrijwilliger voor u.")));

        mvc.perform(post("/beheer/{slug}/bellijst/{id}/gebeld", slug, notification).with(csrf()).with(professional))
                .andExpect(status().is3xxRedirection());

        assertThat(notifications.of(world.collaboration().id(), receipt.id()))
                .containsExactly(new NotificationView("PHONE", "CALLED", NoticeKind.ANSWER));
        assertThat(jdbc.sql("SELECT done_by FROM notification WHERE id = :id").param("id", notification)
                .query(UUID.class).single()).isNotNull();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'notification.called' AND object_id = :id")
                .param("id", notification.toString()).query(Integer.class).single()).isEqualTo(1);
        mvc.perform(get("/beheer/{slug}/bellijst", slug).with(professional))
                .andExpect(content().string(containsString("Er hoeft nu niemand gebeld te worden.")))
                .andExpect(content().string(containsString("Al gebeld")))
                .andExpect(content().string(containsString("Professional ")));

        // Ticking off twice (a double click) changes nothing and is not an error.
        mvc.perform(post("/beheer/{slug}/bellijst/{id}/gebeld", slug, notification).with(csrf()).with(professional))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'notification.called' AND object_id = :id")
                .param("id", notification.toString()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void viewersSeeTheCallListWithoutPhoneNumbersAndCannotTickOff() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        String slug = world.collaboration().slug();
        var receipt = answeredCall(world, "Mien", "0612345679", "Ja.");
        var viewer = as(world.viewerEmail());

        mvc.perform(get("/beheer/{slug}/bellijst", slug).with(viewer))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("0612345679"))))
                .andExpect(content().string(not(containsString("/gebeld"))));
        mvc.perform(post("/beheer/{slug}/bellijst/{id}/gebeld", slug, notificationOf(receipt.id())).with(csrf()).with(viewer))
                .andExpect(status().isForbidden());
        assertThat(notifications.of(world.collaboration().id(), receipt.id()))
                .containsExactly(new NotificationView("PHONE", "TO_CALL", NoticeKind.ANSWER));
    }

    @Test
    void staffOfAnotherCollaborationGetNotFoundOnEveryFeedbackPage() throws Exception {
        var mine = fixtures.aCollaborationWithStaff();
        var theirs = fixtures.aCollaborationWithStaff();
        String slug = mine.collaboration().slug();
        var receipt = answeredCall(mine, "Mien", "0612345670", "Ja.");
        UUID notification = notificationOf(receipt.id());
        var stranger = as(theirs.coordinatorEmail());

        mvc.perform(get("/beheer/{slug}/bellijst", slug).with(stranger)).andExpect(status().isNotFound());
        mvc.perform(get("/beheer/{slug}/uitgaande-mail", slug).with(stranger)).andExpect(status().isNotFound());
        mvc.perform(get("/beheer/{slug}/brieven", slug).with(stranger)).andExpect(status().isNotFound());
        mvc.perform(post("/beheer/{slug}/bellijst/{id}/gebeld", slug, notification).with(csrf()).with(stranger))
                .andExpect(status().isNotFound());
        mvc.perform(post("/beheer/{slug}/bellijst/{id}/gebeld", theirs.collaboration().slug(), notification)
                .with(csrf()).with(stranger)).andExpect(status().isNotFound());
        mvc.perform(post("/beheer/{slug}/bellijst/{id}/gebeld", theirs.collaboration().slug(), "geen-id")
                .with(csrf()).with(stranger)).andExpect(status().isNotFound());
        assertThat(notifications.of(mine.collaboration().id(), receipt.id()))
                .containsExactly(new NotificationView("PHONE", "TO_CALL", NoticeKind.ANSWER));
    }

    @Test
    void showsCoordinatorsWhatWasMailedAndWhatWaits() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        String slug = world.collaboration().slug();
        String email = Authors.uniqueEmail();
        var receipt = intake.receiveOnline(fixtures.aProcess(world), "<b>Vet</b> idee", true, Authors.byEmail("Ans", email));
        feedback.answer(world.collaboration().id(), receipt.id(), FeedbackStatus.ADOPTED, "Ja <script>x</script>",
                world.coordinatorId(), "test");
        // The receipt went out when the input arrived, the answer after it.
        eventually().until(() -> notifications.of(world.collaboration().id(), receipt.id()).stream()
                .map(Object::toString).sorted().toList().equals(List.of(
                        new NotificationView("EMAIL", "SENT", NoticeKind.ANSWER).toString(),
                        new NotificationView("EMAIL", "SENT", NoticeKind.RECEIPT).toString())));

        mvc.perform(get("/beheer/{slug}/uitgaande-mail", slug).with(as(world.coordinatorEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(email)))
                .andExpect(content().string(containsString("Wij hebben uw inbreng ontvangen [" + receipt.followCode().display() + "]")))
                .andExpect(content().string(containsString("Antwoord op uw inbreng [" + receipt.followCode().display() + "]")))
                .andExpect(content().string(containsString("Verstuurd op")))
                .andExpect(content().string(containsString("Ja &lt;script&gt;x&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>x"))));
        mvc.perform(get("/beheer/{slug}/uitgaande-mail", slug).with(as(world.professionalEmail())))
                .andExpect(status().isForbidden());
    }

    private InputIntake.Receipt answeredCall(Fixtures.World world, String name, String phone, String answer) {
        var receipt = intake.receiveOnline(fixtures.aProcess(world), "Bel mij over de buurtbus", true,
                Authors.byPhone(name, phone));
        feedback.answer(world.collaboration().id(), receipt.id(), FeedbackStatus.ADOPTED, answer, world.coordinatorId(), "test");
        eventually().until(() -> notifications.of(world.collaboration().id(), receipt.id()),
                list -> list.equals(List.of(new NotificationView("PHONE", "TO_CALL", NoticeKind.ANSWER))));
        return receipt;
    }

    private UUID notificationOf(UUID inputId) {
        return jdbc.sql("SELECT id FROM notification WHERE input_id = :i").param("i", inputId).query(UUID.class).single();
    }
}
