package nl.samenspraak.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import nl.samenspraak.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class LessonsTest extends KnowledgeTest {

    @Autowired Fixtures fixtures;
    @Autowired Lessons lessons;
    @Autowired JdbcClient jdbc;

    @Test
    void aLessonStaysInsideItsCollaborationUntilSharedAndApproved() throws Exception {
        var a = fixtures.aCollaborationWithStaff();
        var b = fixtures.aCollaborationWithStaff();
        String slug = a.collaboration().slug();
        String word = "dijkgraafles" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);

        var rejected = mvc.perform(lessonForm(post("/beheer/{slug}/lessen/nieuw", slug), "", word)
                .param("lang", "nl").with(as(a.professionalEmail())).with(csrf())).andReturn().getResponse();
        assertThat(rejected.getStatus()).isEqualTo(422);
        assertThat(rejected.getContentAsString()).contains("Geef de les een titel.").contains("aria-invalid=\"true\"")
                .contains(word);
        assertThat(count(a.collaboration().id())).isZero();

        String location = mvc.perform(lessonForm(post("/beheer/{slug}/lessen/nieuw", slug), "Koffie bij de " + word, word)
                .with(as(a.professionalEmail())).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        assertThat(lessons.find(a.collaboration().id(), id).orElseThrow().sharing()).isEqualTo(Lesson.Sharing.PRIVATE);

        assertThat(status(get("/beheer/{slug}/lessen/{id}", slug, id), a.viewerEmail())).isEqualTo(200);
        assertThat(status(lessonForm(post("/beheer/{slug}/lessen/nieuw", slug), "Kijker", word).with(csrf()), a.viewerEmail()))
                .isEqualTo(403);
        assertThat(status(get("/beheer/{slug}/lessen/{id}", slug, id), b.coordinatorEmail())).isEqualTo(404);
        assertThat(status(get("/beheer/{slug}/lessen/{id}", b.collaboration().slug(), id), b.coordinatorEmail())).isEqualTo(404);
        assertThat(status(post("/beheer/{slug}/lessen/{id}/delen", b.collaboration().slug(), id).with(csrf()),
                b.coordinatorEmail())).isEqualTo(404);
        assertThat(mvc.perform(get("/beheer/{slug}/lessen", b.collaboration().slug()).with(as(b.coordinatorEmail())))
                .andReturn().getResponse().getContentAsString()).doesNotContain(word);
        assertPublic(id, word, false);

        mvc.perform(post("/beheer/{slug}/lessen/{id}/delen", slug, id).with(as(a.professionalEmail())).with(csrf()));
        assertThat(lessons.find(a.collaboration().id(), id).orElseThrow().sharing()).isEqualTo(Lesson.Sharing.REQUESTED);
        assertPublic(id, word, false);

        String admin = aPlatformAdmin();
        assertThat(mvc.perform(get("/admin/kennisbank/lessen").with(as(admin))).andReturn().getResponse()
                .getContentAsString()).contains("Koffie bij de " + word).contains(a.collaboration().name());
        mvc.perform(post("/admin/kennisbank/lessen/{id}/goedkeuren", id).with(as(admin)).with(csrf()));
        assertThat(lessons.find(a.collaboration().id(), id).orElseThrow().sharing()).isEqualTo(Lesson.Sharing.APPROVED);
        assertPublic(id, word, true);
        assertThat(mvc.perform(get("/kennisbank/lessen/{id}", id)).andReturn().getResponse().getContentAsString())
                .contains(a.collaboration().name());

        // A change to a shared lesson goes back to the administrator first.
        mvc.perform(lessonForm(post("/beheer/{slug}/lessen/{id}/bewerken", slug, id), "Koffie bij de " + word, word)
                .with(as(a.coordinatorEmail())).with(csrf()));
        assertThat(lessons.find(a.collaboration().id(), id).orElseThrow().sharing()).isEqualTo(Lesson.Sharing.REQUESTED);
        assertPublic(id, word, false);

        mvc.perform(post("/beheer/{slug}/lessen/{id}/niet-delen", slug, id).with(as(a.professionalEmail())).with(csrf()));
        assertThat(lessons.find(a.collaboration().id(), id).orElseThrow().sharing()).isEqualTo(Lesson.Sharing.PRIVATE);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE object_type = 'lesson' AND object_id = :id")
                .param("id", id.toString()).query(Long.class).single()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void aLessonWithAnUnknownMethodIsRefused() throws Exception {
        var a = fixtures.aCollaborationWithStaff();
        var response = mvc.perform(lessonForm(post("/beheer/{slug}/lessen/nieuw", a.collaboration().slug()), "Titel", "tekst")
                .param("methods", "bestaat-niet").param("lang", "nl").with(as(a.coordinatorEmail())).with(csrf()))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains("Deze keuze bestaat niet.");
        assertThat(count(a.collaboration().id())).isZero();
    }

    private void assertPublic(UUID id, String word, boolean visible) throws Exception {
        assertThat(mvc.perform(get("/kennisbank/lessen/{id}", id)).andReturn().getResponse().getStatus())
                .isEqualTo(visible ? 200 : 404);
        String results = mvc.perform(get("/kennisbank").param("q", word)).andReturn().getResponse().getContentAsString();
        assertThat(results.contains("/kennisbank/lessen/" + id)).as("lesson in public search").isEqualTo(visible);
    }

    private int status(MockHttpServletRequestBuilder request, String email) throws Exception {
        return mvc.perform(request.with(as(email))).andReturn().getResponse().getStatus();
    }

    private long count(UUID collaboration) {
        return jdbc.sql("SELECT count(*) FROM knowledge_lesson WHERE collaboration_id = :c").param("c", collaboration)
                .query(Long.class).single();
    }

    static MockHttpServletRequestBuilder lessonForm(MockHttpServletRequestBuilder request, String title, String word) {
        return request.param("title", title).param("forWhom", "Ouderen in de wijk")
                .param("tried", "We gingen langs met koffie en vroegen naar de " + word + ".")
                .param("happened", "Veel mensen deden mee.").param("differently", "Eerder beginnen.")
                .param("methods", "test-klompenpraat").param("themes", "koppel-terug").param("targetGroups", "ouderen")
                // The random word in the text may be above B1 for the checker; this test is about sharing, not language.
                .param("plainLanguageConfirmed", "true");
    }
}
