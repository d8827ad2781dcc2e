package nl.samenspraak.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.input.Author;
import nl.samenspraak.input.Channel;
import nl.samenspraak.input.ContactBy;
import nl.samenspraak.input.InputIntake;
import nl.samenspraak.input.NewInput;
import nl.samenspraak.meeting.MeetingRoleCases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.ModelAndView;

/**
 * Viewers get residents' details left out on the server (not only hidden by a template), and
 * each page view by a professional or coordinator writes exactly one audit entry naming the
 * page and its object.
 */
class PersonalDataViewsTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired InputIntake intake;
    @Autowired JdbcClient jdbc;

    record Entry(String actor, String objectType, String objectId, String result) {}

    @Test
    void aProfessionalsLookAtAnInputsAuthorIsAuditedOncePerViewAndAViewersIsNotShownAtAll() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID process = fixtures.aProcess(world);
        UUID input = intake.capture(c, process, new NewInput("Een bankje bij de bushalte.", Channel.PHONE,
                today().minusDays(1), true, new Author("Joke", "joke@example.org", null, "0611223344",
                ContactBy.EMAIL, true), world.coordinatorId())).id();
        String page = "/beheer/" + world.collaboration().slug() + "/inbreng/" + input;

        ModelAndView viewed = mvc.perform(get(page).with(as(world.viewerEmail()))).andReturn().getModelAndView();
        assertThat(viewed.getModel()).containsEntry("contactShown", false).containsEntry("contact", null);
        String asViewer = mvc.perform(get(page).with(as(world.viewerEmail()))).andReturn().getResponse().getContentAsString();
        assertThat(asViewer).contains("Een bankje bij de bushalte.").doesNotContain("joke@example.org")
                .doesNotContain("0611223344").doesNotContain("Joke");

        String asProfessional = mvc.perform(get(page).with(as(world.professionalEmail()))).andReturn().getResponse()
                .getContentAsString();
        mvc.perform(get(page).with(as(world.coordinatorEmail())));
        assertThat(asProfessional).contains("joke@example.org", "Joke");

        assertThat(entries(c)).containsExactlyInAnyOrder(
                new Entry(world.professionalEmail(), "input", input.toString(), "input page"),
                new Entry(world.coordinatorEmail(), "input", input.toString(), "input page"));
    }

    @Test
    void aViewerSeesAMeetingsRegistrationsWithoutNamesContactDetailsOrNeeds() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        Map<String, String> meeting = MeetingRoleCases.aRegistrationWithNeeds(context, world, fixtures.aProcess(world),
                "wensen@example.org", "0655443322", "Ik heb een rolstoel");
        String page = "/beheer/" + world.collaboration().slug() + "/bijeenkomsten/" + meeting.get("{meetingId}");

        ModelAndView viewed = mvc.perform(get(page).with(as(world.viewerEmail()))).andReturn().getModelAndView();
        @SuppressWarnings("unchecked")
        List<Object> registered = (List<Object>) viewed.getModel().get("registered");
        assertThat(registered).hasSize(2).allSatisfy(line -> assertThat(line.toString())
                .doesNotContain("wensen@example.org").doesNotContain("Ik heb een rolstoel").doesNotContain("INTERPRETER")
                .doesNotContain("Aanmelder Met Wensen"));
        assertThat(entries(c)).isEmpty();

        String asProfessional = mvc.perform(get(page).with(as(world.professionalEmail()))).andReturn().getResponse()
                .getContentAsString();
        assertThat(asProfessional).contains("wensen@example.org", "Ik heb een rolstoel", "Aanmelder Met Wensen");
        assertThat(entries(c)).containsExactly(
                new Entry(world.professionalEmail(), "meeting", meeting.get("{meetingId}"), "meeting page"));
    }

    private List<Entry> entries(UUID collaboration) {
        return jdbc.sql("""
                SELECT actor, object_type, object_id, result FROM audit_entry
                WHERE collaboration_id = :c AND action = :a ORDER BY at, actor
                """).param("c", collaboration).param("a", PersonalDataViews.ACTION)
                .query((rs, n) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }
}
