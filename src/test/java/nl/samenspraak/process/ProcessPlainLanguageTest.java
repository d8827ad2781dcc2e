package nl.samenspraak.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.language.PlainLanguageTexts;
import nl.samenspraak.language.PublishedTexts;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The process form checks the summary and the promise before they are published: a check stores nothing, a text
 * above B1 needs a ticked confirmation, and what is published is counted on the collaboration's dashboard.
 */
class ProcessPlainLanguageTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired Processes processes;
    @Autowired PublishedTexts publishedTexts;
    @Autowired JdbcClient jdbc;

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String title, String summary) {
        return form(request, title, summary, PlainLanguageTexts.EASY);
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String title, String summary,
                                                      String promiseOpen) {
        return request.param("title", title).param("answerWithinDays", "21")
                .param("summary", summary)
                .param("participationLevel", "ADVISING")
                .param("promiseOpen", promiseOpen)
                .param("promiseFixed", "")
                .param("promiseDecides", "De gemeenteraad")
                .with(csrf());
    }

    @Test
    void theCheckButtonShowsThePanelForEveryTextAndStoresNothing() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        String slug = world.collaboration().slug();

        String page = mvc.perform(form(post("/beheer/{slug}/trajecten/nieuw", slug), "Zorg dichtbij", PlainLanguageTexts.HARD)
                        .param("taalcontrole", "summary").with(as(world.coordinatorEmail())))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"summary-taal\"", "aria-live=\"polite\"", "Hoe leesbaar is uw tekst?",
                "<mark", "maatwerkvoorzieningen", "Ik weet dat deze tekst moeilijker is dan B1 en publiceer hem toch");
        assertThat(page).containsPattern("Oordeel: (Moeilijker|Veel moeilijker) dan B1");
        assertThat(page).as("the promise is checked too").contains("id=\"promiseOpen-taal\"");
        assertThat(page).as("the typed text comes back").contains("Zorg dichtbij");
        assertThat(page).as("no error yet: only a check").doesNotContain("field-error");
        assertThat(processes.ofCollaboration(world.collaboration().id())).isEmpty();
        assertThat(publishedTexts.summary(world.collaboration().id()).total()).isZero();
    }

    @Test
    void savingATextAboveB1WithoutConfirmationIsRefusedNextToTheCheckboxAndStoresNothing() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        String slug = world.collaboration().slug();

        mvc.perform(form(post("/beheer/{slug}/trajecten/nieuw", slug), "Zorg dichtbij", PlainLanguageTexts.HARD)
                        .with(as(world.coordinatorEmail())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("Maak de tekst makkelijker, of zet een vinkje")))
                .andExpect(content().string(Matchers.containsString("href=\"#plainLanguageConfirmed\"")))
                .andExpect(content().string(Matchers.containsString("aria-describedby=\"plainLanguageConfirmed-fout\"")))
                .andExpect(content().string(Matchers.containsString("id=\"summary-taal\"")));

        assertThat(processes.ofCollaboration(world.collaboration().id())).isEmpty();
        assertThat(publishedTexts.summary(world.collaboration().id()).total()).isZero();
    }

    @Test
    void aConfirmedSaveIsRecordedAuditedAndCountedOnTheDashboard() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        String slug = world.collaboration().slug();
        UUID c = world.collaboration().id();

        mvc.perform(form(post("/beheer/{slug}/trajecten/nieuw", slug), "Zorg dichtbij", PlainLanguageTexts.HARD)
                        .param("plainLanguageConfirmed", "true").with(as(world.coordinatorEmail())))
                .andExpect(status().is3xxRedirection());

        UUID id = processes.ofCollaboration(c).getFirst().id();
        assertThat(publishedTexts.summary(c)).isEqualTo(new PublishedTexts.Summary(2, 1, 1));
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_entry WHERE collaboration_id = :c AND action = :a AND object_id = :id AND actor = :who
                """).param("c", c).param("a", PublishedTexts.CONFIRMED_ACTION).param("id", id.toString())
                .param("who", world.coordinatorEmail()).query(Long.class).single())
                .as("the confirmation is in the audit trail").isEqualTo(1);

        mvc.perform(get("/beheer/{slug}", slug).with(as(world.viewerEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("1 van de 2 gepubliceerde teksten zijn op B1-niveau.")))
                .andExpect(content().string(Matchers.containsString("1 tekst boven B1 is bewust toch geplaatst.")));

        // Rewritten plainly, the summary is at B1 now; the emptied promise is no longer counted.
        mvc.perform(form(post("/beheer/{slug}/trajecten/{id}/bewerken", slug, id), "Zorg dichtbij", PlainLanguageTexts.EASY, "")
                        .with(as(world.coordinatorEmail())))
                .andExpect(status().is3xxRedirection());
        assertThat(publishedTexts.summary(c)).isEqualTo(new PublishedTexts.Summary(1, 1, 0));
        mvc.perform(get("/beheer/{slug}", slug).with(as(world.coordinatorEmail())))
                .andExpect(content().string(Matchers.containsString("1 van de 1 gepubliceerde teksten zijn op B1-niveau.")));
    }

    @Test
    void anEditAboveB1WithoutConfirmationChangesNothing() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID id = fixtures.aProcess(world);
        String before = processes.find(world.collaboration().id(), id).orElseThrow().summary();

        mvc.perform(form(post("/beheer/{slug}/trajecten/{id}/bewerken", world.collaboration().slug(), id), "Nieuw",
                        PlainLanguageTexts.HARD).with(as(world.coordinatorEmail())))
                .andExpect(status().isUnprocessableContent());

        Process unchanged = processes.find(world.collaboration().id(), id).orElseThrow();
        assertThat(unchanged.summary()).isEqualTo(before);
        assertThat(unchanged.title()).isNotEqualTo("Nieuw");
    }

    @Test
    void aDashboardWithoutPublishedTextsSaysSo() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        mvc.perform(get("/beheer/{slug}", world.collaboration().slug()).with(as(world.coordinatorEmail())))
                .andExpect(content().string(Matchers.containsString("Er is nog geen tekst gecontroleerd en geplaatst.")));
    }

    @Test
    void anotherCollaborationsRecordIsNeverOverwritten() {
        var a = fixtures.aCollaborationWithStaff();
        var b = fixtures.aCollaborationWithStaff();
        UUID subject = UUID.randomUUID();
        var check = new nl.samenspraak.language.TextCheck("nl", nl.samenspraak.language.Level.B1, java.util.Map.of(),
                java.util.Map.of(), java.util.List.of(), 1, 3);
        publishedTexts.record(a.collaboration().id(), "process", subject, "summary", check, null);
        publishedTexts.record(b.collaboration().id(), "process", subject, "summary", check, null);
        publishedTexts.forget(b.collaboration().id(), "process", subject);

        assertThat(publishedTexts.summary(a.collaboration().id()).total()).isEqualTo(1);
        assertThat(publishedTexts.summary(b.collaboration().id()).total()).isZero();
    }
}
