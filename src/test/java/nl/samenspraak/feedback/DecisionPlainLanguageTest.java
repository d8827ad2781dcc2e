package nl.samenspraak.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.input.StaffMvcTest;
import nl.samenspraak.language.PlainLanguageTexts;
import nl.samenspraak.language.PublishedTexts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A decision's text and reasons, and the news about carrying it out, are checked before residents read them. */
class DecisionPlainLanguageTest extends StaffMvcTest {

    @Autowired DecisionBook decisions;
    @Autowired PublishedTexts publishedTexts;
    @Autowired JdbcClient jdbc;

    private MockHttpServletRequestBuilder decision(Fixtures.World world, UUID process, String text, String reasons) {
        return decision(world, process, "Bankjes", text, reasons);
    }

    private MockHttpServletRequestBuilder decision(Fixtures.World world, UUID process, String title, String text,
                                                   String reasons) {
        return post("/beheer/{slug}/trajecten/{id}/besluiten/nieuw", world.collaboration().slug(), process)
                .param("title", title).param("text", text).param("decidedBy", "Het college")
                .param("decidedOn", today().toString()).param("reasons", reasons)
                .with(as(world.professionalEmail())).with(csrf());
    }

    private MockHttpServletRequestBuilder update(Fixtures.World world, DecisionId id, String text) {
        return post("/beheer/{slug}/besluiten/{id}/updates", world.collaboration().slug(), id.value())
                .param("state", "DELAYED").param("text", text).param("date", today().toString())
                .with(as(world.professionalEmail())).with(csrf());
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private long confirmations(Fixtures.World world) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE collaboration_id = :c AND action = :a AND actor = :who")
                .param("c", world.collaboration().id()).param("a", PublishedTexts.CONFIRMED_ACTION)
                .param("who", world.professionalEmail()).query(Long.class).single();
    }

    private DecisionId aDecision(Fixtures.World world, UUID process) {
        return decisions.record(world.collaboration().id(), process, new NewDecision("Vijf bankjes",
                "Er komen vijf bankjes.", "Het college", today().minusDays(2), null, List.of()), world.coordinatorId(), "test");
    }

    @Test
    void theCheckButtonShowsThePanelForTextAndReasonsAndStoresNothing() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);

        MockHttpServletResponse checked = send(decision(world, process, PlainLanguageTexts.HARD, PlainLanguageTexts.EASY)
                .param("taalcontrole", "text"));

        assertThat(checked.getStatus()).isEqualTo(200);
        assertThat(checked.getContentAsString()).contains("id=\"text-taal\"", "id=\"reasons-taal\"", "<mark",
                        "Ik weet dat deze tekst moeilijker is dan B1 en publiceer hem toch", "value=\"Bankjes\"")
                .doesNotContain("field-error");
        assertThat(decisions.ofProcess(world.collaboration().id(), process)).isEmpty();
        assertThat(publishedTexts.summary(world.collaboration().id()).total()).isZero();
    }

    @Test
    void aDecisionAboveB1WithoutConfirmationIsRefusedAndStoresNothing() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);

        MockHttpServletResponse refused = send(decision(world, process, PlainLanguageTexts.EASY, PlainLanguageTexts.HARD));

        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("Maak de tekst makkelijker, of zet een vinkje",
                "href=\"#plainLanguageConfirmed\"", "id=\"reasons-taal\"");
        assertThat(decisions.ofProcess(world.collaboration().id(), process)).isEmpty();
        assertThat(publishedTexts.summary(world.collaboration().id()).total()).isZero();

        MockHttpServletResponse noTitle = send(decision(world, process, "", PlainLanguageTexts.HARD, ""));
        assertThat(noTitle.getStatus()).isEqualTo(422);
        assertThat(noTitle.getContentAsString()).as("the decision's own rules come first").contains("href=\"#title\"")
                .doesNotContain("Maak de tekst makkelijker, of zet een vinkje");
    }

    @Test
    void aConfirmedDecisionRecordsBothTextsAndIsAudited() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);

        assertThat(send(decision(world, process, PlainLanguageTexts.EASY, PlainLanguageTexts.HARD)
                .param("plainLanguageConfirmed", "true")).getStatus()).isEqualTo(302);

        assertThat(decisions.ofProcess(world.collaboration().id(), process)).hasSize(1);
        assertThat(publishedTexts.summary(world.collaboration().id())).isEqualTo(new PublishedTexts.Summary(2, 1, 1));
        assertThat(confirmations(world)).isEqualTo(1);
    }

    @Test
    void aDecisionAtB1IsSavedWithoutAQuestion() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);

        assertThat(send(decision(world, process, PlainLanguageTexts.EASY, "")).getStatus()).isEqualTo(302);

        assertThat(publishedTexts.summary(world.collaboration().id()))
                .as("blank reasons are not a published text").isEqualTo(new PublishedTexts.Summary(1, 1, 0));
        assertThat(confirmations(world)).isZero();
    }

    @Test
    void anUpdateIsCheckedRefusedWithoutConfirmationAndRecordedWhenConfirmed() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        DecisionId id = aDecision(world, fixtures.aProcess(world));

        MockHttpServletResponse checked = send(update(world, id, PlainLanguageTexts.HARD).param("taalcontrole", "text"));
        assertThat(checked.getStatus()).isEqualTo(200);
        assertThat(checked.getContentAsString()).contains("id=\"text-taal\"", "<mark").doesNotContain("field-error");
        assertThat(decisions.find(world.collaboration().id(), id).orElseThrow().updates()).isEmpty();

        MockHttpServletResponse refused = send(update(world, id, PlainLanguageTexts.HARD));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("Maak de tekst makkelijker, of zet een vinkje");
        assertThat(decisions.find(world.collaboration().id(), id).orElseThrow().updates()).isEmpty();
        assertThat(publishedTexts.summary(world.collaboration().id()).total()).isZero();

        assertThat(send(update(world, id, PlainLanguageTexts.HARD).param("plainLanguageConfirmed", "true")).getStatus())
                .isEqualTo(302);
        assertThat(decisions.find(world.collaboration().id(), id).orElseThrow().updates()).hasSize(1);
        assertThat(publishedTexts.summary(world.collaboration().id())).isEqualTo(new PublishedTexts.Summary(1, 0, 1));
        assertThat(confirmations(world)).isEqualTo(1);

        // A second update is a text of its own; at B1 it needs no question.
        assertThat(send(update(world, id, PlainLanguageTexts.EASY)).getStatus()).isEqualTo(302);
        assertThat(publishedTexts.summary(world.collaboration().id())).isEqualTo(new PublishedTexts.Summary(2, 1, 1));
    }
}
