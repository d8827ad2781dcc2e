package nl.samenspraak.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.input.Author;
import nl.samenspraak.input.Channel;
import nl.samenspraak.input.ContactBy;
import nl.samenspraak.input.InputIntake;
import nl.samenspraak.input.InputViews;
import nl.samenspraak.input.NewInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

/** Staff act on a resident's data only with the right role, a confirmation, and an audit entry. */
class ResidentStaffPagesTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired Residents residents;
    @Autowired ResidentMessages messages;
    @Autowired InputIntake intake;
    @Autowired InputViews inputs;
    @Autowired JdbcClient jdbc;

    @Test
    void aCoordinatorErasesForAResidentWhoCalledIncludingInputGivenWithTheirPhoneNumber() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        String slug = world.collaboration().slug();
        UUID r = residents.register(c, new ResidentDetails("Henk de Boer", null, "06-1234 5678", null, ContactChannel.PHONE, "nl"));
        UUID input = intake.capture(c, fixtures.aProcess(world), new NewInput("Een bankje bij de bushalte", Channel.PHONE,
                today(), false, new Author("Henk", null, null, "0612345678", ContactBy.PHONE, true),
                world.coordinatorId())).id();

        assertThat(status(post("/beheer/{slug}/inwoners/{id}/wissen", slug, r).param("confirm", "ja")
                .with(as(world.professionalEmail())).with(csrf()))).isEqualTo(403);
        MockHttpServletResponse unconfirmed = mvc.perform(post("/beheer/{slug}/inwoners/{id}/wissen", slug, r)
                .param("reason", "Belde op 3 mei").with(as(world.coordinatorEmail())).with(csrf())).andReturn().getResponse();
        assertThat(unconfirmed.getStatus()).isEqualTo(422);
        assertThat(unconfirmed.getContentAsString()).contains("Zet een vinkje als de inwoner dit zelf vroeg")
                .contains("Belde op 3 mei");
        MockHttpServletResponse noReason = mvc.perform(post("/beheer/{slug}/inwoners/{id}/wissen", slug, r)
                .param("confirm", "ja").param("reason", "  ").with(as(world.coordinatorEmail())).with(csrf()))
                .andReturn().getResponse();
        assertThat(noReason.getStatus()).isEqualTo(422);
        assertThat(noReason.getContentAsString()).contains("Schrijf op waarom u dit namens de inwoner doet.")
                .contains("aria-describedby=\"reason-hint reason-fout\"");
        assertThat(residents.find(c, r).orElseThrow().erased()).isFalse();

        String detail = mvc.perform(get("/beheer/{slug}/inwoners/{id}", slug, r).with(as(world.coordinatorEmail())))
                .andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("06-1234 5678");
        String export = mvc.perform(post("/beheer/{slug}/inwoners/{id}/export", slug, r).param("format", "html")
                .param("reason", "Belde op 3 mei, wil een uitdraai per post")
                .with(as(world.coordinatorEmail())).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(export).contains("Henk de Boer", "Een bankje bij de bushalte");

        assertThat(mvc.perform(post("/beheer/{slug}/inwoners/{id}/wissen", slug, r).param("confirm", "ja")
                .param("reason", "Belde op 4 mei en vroeg alles te wissen")
                .with(as(world.coordinatorEmail())).with(csrf())).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/beheer/" + slug + "/inwoners?gewist");

        assertThat(residents.find(c, r).orElseThrow().phone()).isNull();
        assertThat(jdbc.sql("SELECT count(*) FROM input_contact WHERE input_id = :i").param("i", input)
                .query(Long.class).single()).isZero();
        assertThat(inputs.find(c, input).orElseThrow().answerCancelled()).isTrue();
        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE object_id = :r AND actor = :a ORDER BY id")
                .param("r", r.toString()).param("a", world.coordinatorEmail()).query(String.class).list())
                .containsExactly("resident.view", "resident.on-behalf", "resident.export", "resident.on-behalf",
                        "resident.erase");
        assertThat(jdbc.sql("SELECT result FROM audit_entry WHERE object_id = :r AND action = 'resident.on-behalf' ORDER BY id")
                .param("r", r.toString()).query(String.class).list())
                .containsExactly("export-html: Belde op 3 mei, wil een uitdraai per post",
                        "erase: Belde op 4 mei en vroeg alles te wissen");
        assertThat(status(get("/beheer/{slug}/inwoners/{id}", slug, r).with(as(world.coordinatorEmail())))).isEqualTo(404);
    }

    @Test
    void actingOnBehalfOfAResidentNeedsACoordinatorAndAReasonAndRecordsBoth() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        String slug = world.collaboration().slug();
        UUID r = residents.register(c, new ResidentDetails("Truus Visser", null, null, "Kerkstraat 2\n7311 AA Apeldoorn",
                ContactChannel.POST, "nl"));

        // Viewers see no contact details here at all; professionals see them (audited) but cannot act for the resident.
        assertThat(status(get("/beheer/{slug}/inwoners/{id}", slug, r).with(as(world.viewerEmail())))).isEqualTo(403);
        assertThat(status(get("/beheer/{slug}/inwoners", slug).with(as(world.viewerEmail())))).isEqualTo(403);
        assertThat(mvc.perform(get("/beheer/{slug}/inwoners/{id}", slug, r).with(as(world.professionalEmail())))
                .andReturn().getResponse().getContentAsString()).contains("Kerkstraat 2").doesNotContain("/namens");
        assertThat(status(get("/beheer/{slug}/inwoners/{id}/namens", slug, r).with(as(world.professionalEmail()))))
                .isEqualTo(403);
        assertThat(status(post("/beheer/{slug}/inwoners/{id}/export", slug, r).param("reason", "Belde")
                .with(as(world.professionalEmail())).with(csrf()))).isEqualTo(403);

        String form = mvc.perform(get("/beheer/{slug}/inwoners/{id}/namens", slug, r).with(as(world.coordinatorEmail())))
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Waarom doet u dit namens de inwoner?", "name=\"reason\"", "value=\"json\"");

        MockHttpServletResponse empty = mvc.perform(post("/beheer/{slug}/inwoners/{id}/export", slug, r)
                .param("format", "json").with(as(world.coordinatorEmail())).with(csrf())).andReturn().getResponse();
        assertThat(empty.getStatus()).isEqualTo(422);
        assertThat(empty.getContentAsString()).contains("Schrijf op waarom u dit namens de inwoner doet.")
                .doesNotContain("\"postalAddress\"");
        MockHttpServletResponse tooLong = mvc.perform(post("/beheer/{slug}/inwoners/{id}/export", slug, r)
                .param("format", "json").param("reason", "x".repeat(501)).param("lang", "en")
                .with(as(world.coordinatorEmail())).with(csrf())).andReturn().getResponse();
        assertThat(tooLong.getStatus()).isEqualTo(422);
        assertThat(tooLong.getContentAsString()).contains("Write the reason in at most 500 characters. Now it has 501.");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE object_id = :r AND action <> 'resident.view'")
                .param("r", r.toString()).query(Long.class).single()).as("a refused request exports nothing").isZero();

        MockHttpServletResponse json = mvc.perform(post("/beheer/{slug}/inwoners/{id}/export", slug, r)
                .param("format", "json").param("reason", "Zij heeft geen e-mail; uitdraai gevraagd per brief")
                .with(as(world.coordinatorEmail())).with(csrf())).andReturn().getResponse();
        assertThat(json.getStatus()).isEqualTo(200);
        assertThat(json.getContentType()).startsWith("application/json");
        assertThat(json.getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(json.getContentAsString()).contains("Truus Visser", "Kerkstraat 2");
        assertThat(jdbc.sql("SELECT actor || ' | ' || result FROM audit_entry WHERE object_id = :r AND action = 'resident.on-behalf'")
                .param("r", r.toString()).query(String.class).list())
                .containsExactly(world.coordinatorEmail() + " | export-json: Zij heeft geen e-mail; uitdraai gevraagd per brief");
    }

    @Test
    void anExportMadeOnBehalfOfAResidentCarriesNoLiveLinkOfTheirs() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID r = residents.register(c, new ResidentDetails("Ans Bos", "ans.bos@example.org", null, null,
                ContactChannel.EMAIL, "nl"));
        String token = new ResidentFixtures(context).privacyLinkOf(c, r);
        messages.send(c, r, "Uw gegevens", "Bekijk ze hier: https://samenspraak.example/mijn-gegevens/" + token, null);

        for (String format : java.util.List.of("html", "json")) {
            String export = mvc.perform(post("/beheer/{slug}/inwoners/{id}/export", world.collaboration().slug(), r)
                    .param("format", format).param("reason", "Belde, geen toegang tot haar mail meer")
                    .with(as(world.coordinatorEmail())).with(csrf())).andReturn().getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(export).as(format).contains("Ans Bos", "ans.bos@example.org", "/mijn-gegevens/")
                    .doesNotContain(token);
        }
    }

    @Test
    void lettersArePrintedAsOnePdfAndCallsAreTickedOff() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        String slug = world.collaboration().slug();
        UUID byPost = residents.register(c, new ResidentDetails("Truus", null, null, "Kerkstraat 2\n7311 AA Apeldoorn",
                ContactChannel.POST, "nl"));
        UUID byPhone = residents.register(c, new ResidentDetails("Piet", null, "0551234567", null, ContactChannel.PHONE, "nl"));
        messages.send(c, byPost, "Uitnodiging", "Welkom op dinsdag.", null);
        messages.send(c, byPhone, "Uitnodiging", "Welkom op dinsdag.", null);

        String page = mvc.perform(get("/beheer/{slug}/post-en-bellen", slug).with(as(world.professionalEmail())))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Truus", "Kerkstraat 2", "Piet", "0551234567");

        MockHttpServletResponse pdf = mvc.perform(post("/beheer/{slug}/post-en-bellen/brieven", slug)
                .with(as(world.professionalEmail())).with(csrf())).andReturn().getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
        UUID call = jdbc.sql("SELECT id FROM resident_message WHERE resident_id = :r").param("r", byPhone)
                .query(UUID.class).single();
        assertThat(status(post("/beheer/{slug}/post-en-bellen/{id}/gebeld", slug, call)
                .with(as(world.viewerEmail())).with(csrf()))).isEqualTo(403);
        mvc.perform(post("/beheer/{slug}/post-en-bellen/{id}/gebeld", slug, call).with(as(world.professionalEmail())).with(csrf()));

        assertThat(jdbc.sql("SELECT count(*) FROM resident_message WHERE collaboration_id = :c AND done_at IS NULL")
                .param("c", c).query(Long.class).single()).isZero();
        assertThat(status(post("/beheer/{slug}/post-en-bellen/{id}/gebeld", slug, call)
                .with(as(world.professionalEmail())).with(csrf()))).as("a call is ticked off once").isEqualTo(404);
    }

    private int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }
}
