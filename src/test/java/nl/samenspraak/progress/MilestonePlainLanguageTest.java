package nl.samenspraak.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.language.PlainLanguageTexts;
import nl.samenspraak.language.PublishedTexts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** A milestone, quick win or delay notice is checked for plain language before it appears on the timeline. */
class MilestonePlainLanguageTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired Milestones milestones;
    @Autowired PublishedTexts publishedTexts;
    @Autowired JdbcClient jdbc;

    private MockMultipartHttpServletRequestBuilder milestone(Fixtures.World world, UUID process, String text) {
        return multipart("/beheer/{slug}/trajecten/{id}/voortgang", world.collaboration().slug(), process)
                .param("kind", "DELAY_NOTICE").param("date", today().toString()).param("title", "Later klaar")
                .param("text", text).param("photoAlt", "").with(as(world.professionalEmail())).with(csrf());
    }

    private MockHttpServletResponse send(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void theCheckButtonShowsThePanelAndStoresNothing() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);

        MockHttpServletResponse checked = send(milestone(world, process, PlainLanguageTexts.HARD).param("taalcontrole", "text"));

        assertThat(checked.getStatus()).isEqualTo(200);
        assertThat(checked.getContentAsString()).contains("id=\"text-taal\"", "<mark", "value=\"Later klaar\"",
                "Ik weet dat deze tekst moeilijker is dan B1 en publiceer hem toch").doesNotContain("field-error");
        assertThat(milestones.ofProcess(world.collaboration().id(), process)).isEmpty();
        assertThat(publishedTexts.summary(world.collaboration().id()).total()).isZero();
    }

    @Test
    void aNoticeAboveB1WithoutConfirmationIsRefusedAndStoresNothing() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);

        MockHttpServletResponse refused = send(milestone(world, process, PlainLanguageTexts.HARD));

        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("Maak de tekst makkelijker, of zet een vinkje",
                "href=\"#plainLanguageConfirmed\"", "aria-describedby=\"plainLanguageConfirmed-fout\"");
        assertThat(milestones.ofProcess(world.collaboration().id(), process)).isEmpty();
        assertThat(publishedTexts.summary(world.collaboration().id()).total()).isZero();
    }

    @Test
    void aConfirmedNoticeIsSavedRecordedAndAudited() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);

        assertThat(send(milestone(world, process, PlainLanguageTexts.HARD).param("plainLanguageConfirmed", "true")).getStatus())
                .isEqualTo(303);

        Milestone added = milestones.ofProcess(world.collaboration().id(), process).getFirst();
        assertThat(publishedTexts.summary(world.collaboration().id())).isEqualTo(new PublishedTexts.Summary(1, 0, 1));
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_entry WHERE collaboration_id = :c AND action = :a AND object_id = :id AND actor = :who
                """).param("c", world.collaboration().id()).param("a", PublishedTexts.CONFIRMED_ACTION)
                .param("id", added.id().value().toString()).param("who", world.professionalEmail()).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aNoticeAtB1IsSavedWithoutAQuestion() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);

        assertThat(send(milestone(world, process, PlainLanguageTexts.EASY)).getStatus()).isEqualTo(303);

        assertThat(milestones.ofProcess(world.collaboration().id(), process)).hasSize(1);
        assertThat(publishedTexts.summary(world.collaboration().id())).isEqualTo(new PublishedTexts.Summary(1, 1, 0));
    }
}
