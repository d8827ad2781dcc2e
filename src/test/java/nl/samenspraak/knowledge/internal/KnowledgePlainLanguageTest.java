package nl.samenspraak.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.language.PlainLanguageTexts;
import nl.samenspraak.language.PublishedTexts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Lessons (read by other collaborations and, once shared, by everyone) and knowledge base items are checked for plain
 * language before they are saved; an item's Dutch texts as Dutch and its English texts as English.
 */
class KnowledgePlainLanguageTest extends KnowledgeTest {

    /** One long English sentence of officialese: well above plain English for any sensible checker. */
    static final String HARD_ENGLISH = "The municipal implementation of individualised provisions under the Social "
            + "Support Act is operationalised by the responsible policy officers in order to structurally facilitate "
            + "the self-reliance and participation of vulnerable citizens within the decentralised social domain.";
    static final String EASY_ENGLISH = "We want a bench at the bus stop. What do you think? Come and see us on Tuesday.";

    @Autowired Fixtures fixtures;
    @Autowired Lessons lessons;
    @Autowired KnowledgeItems items;
    @Autowired PublishedTexts publishedTexts;
    @Autowired JdbcClient jdbc;
    @TempDir Path dir;
    /** An item of this test's own, so the shared seed items stay as other tests expect them. */
    String key;

    @BeforeEach
    void anItemOfItsOwn() throws Exception {
        key = "test-taal-" + UUID.randomUUID().toString().substring(0, 8);
        Files.writeString(dir.resolve("methods.json"), """
                [{"key": "%s", "title": {"nl": "Buurtsoep", "en": "Street soup"}, "summary": {"nl": "Samen soep eten.", "en": "Eat soup together."},
                 "body": {"nl": "Tekst.", "en": "Text."}, "steps": [], "targetGroups": ["ouderen"], "levels": ["INFORMING"],
                 "effort": "LOW", "groupSize": "SMALL", "themes": [], "sources": ["test-bron"]}]
                """.formatted(key));
        loader.load("file:" + dir + "/");
    }

    private static MockHttpServletRequestBuilder lesson(MockHttpServletRequestBuilder request, String title, String tried) {
        return request.with(csrf()).param("title", title).param("forWhom", "Ouderen in de wijk").param("tried", tried)
                .param("happened", "Veel mensen deden mee.").param("differently", "")
                .param("themes", "koppel-terug");
    }

    private MockHttpServletRequestBuilder item(String summaryNl, String bodyEn) {
        return post("/admin/kennisbank/werkvormen/{key}", key).with(csrf())
                .param("titleNl", "Buurtsoep").param("titleEn", "Street soup").param("summaryNl", summaryNl)
                .param("summaryEn", EASY_ENGLISH).param("bodyNl", PlainLanguageTexts.EASY).param("bodyEn", bodyEn)
                .param("listNl", "Stap een").param("listEn", "Step one").param("tagsNl", "buurt").param("tagsEn", "street");
    }

    private long lessonsOf(UUID c) {
        return jdbc.sql("SELECT count(*) FROM knowledge_lesson WHERE collaboration_id = :c").param("c", c).query(Long.class).single();
    }

    @Test
    void aLessonIsCheckedRefusedAboveB1AndRecordedWhenConfirmed() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        String path = "/beheer/" + world.collaboration().slug() + "/lessen/nieuw";

        MockHttpServletResponse checked = mvc.perform(lesson(post(path), "Koffie in de wijk", PlainLanguageTexts.HARD)
                .param("taalcontrole", "tried").with(as(world.professionalEmail()))).andReturn().getResponse();
        assertThat(checked.getStatus()).isEqualTo(200);
        assertThat(checked.getContentAsString()).contains("id=\"tried-taal\"", "id=\"forWhom-taal\"", "id=\"happened-taal\"",
                "id=\"differently-taal\"", "Hoe leesbaar is uw tekst?", "<mark", "maatwerkvoorzieningen", "Koffie in de wijk")
                .doesNotContain("field-error");

        MockHttpServletResponse noTitle = mvc.perform(lesson(post(path), "", PlainLanguageTexts.HARD)
                .with(as(world.professionalEmail()))).andReturn().getResponse();
        assertThat(noTitle.getStatus()).isEqualTo(422);
        assertThat(noTitle.getContentAsString()).contains("Geef de les een titel.")
                .doesNotContain("Maak de tekst makkelijker, of zet een vinkje");

        MockHttpServletResponse refused = mvc.perform(lesson(post(path), "Koffie in de wijk", PlainLanguageTexts.HARD)
                .with(as(world.professionalEmail()))).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("Maak de tekst makkelijker, of zet een vinkje",
                "href=\"#plainLanguageConfirmed\"");
        assertThat(lessonsOf(c)).isZero();
        assertThat(publishedTexts.summary(c).total()).isZero();

        MockHttpServletResponse confirmed = mvc.perform(lesson(post(path), "Koffie in de wijk", PlainLanguageTexts.HARD)
                .param("plainLanguageConfirmed", "true").with(as(world.professionalEmail()))).andReturn().getResponse();
        assertThat(confirmed.getStatus()).isEqualTo(302);
        String location = confirmed.getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        assertThat(publishedTexts.summary(c).aboveB1Confirmed()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE collaboration_id = :c AND action = :a AND object_id = :id")
                .param("c", c).param("a", PublishedTexts.CONFIRMED_ACTION).param("id", id.toString()).query(Long.class).single())
                .isEqualTo(1);

        // Rewritten plainly, the lesson saves without a question.
        MockHttpServletResponse plain = mvc.perform(lesson(post("/beheer/" + world.collaboration().slug() + "/lessen/" + id
                + "/bewerken"), "Koffie in de wijk", PlainLanguageTexts.EASY).with(as(world.professionalEmail())))
                .andReturn().getResponse();
        assertThat(plain.getStatus()).isEqualTo(302);
        assertThat(lessons.find(c, id).orElseThrow().tried()).isEqualTo(PlainLanguageTexts.EASY);
        assertThat(publishedTexts.summary(c).aboveB1Confirmed()).isZero();
    }

    @Test
    void anItemsDutchTextsAreCheckedAsDutchAndItsEnglishTextsAsEnglish() throws Exception {
        String admin = aPlatformAdmin();
        String before = items.find(ItemType.METHOD, key).orElseThrow().bodyEn();

        MockHttpServletResponse checked = mvc.perform(item(PlainLanguageTexts.EASY, HARD_ENGLISH).param("taalcontrole", "bodyEn")
                .with(as(admin))).andReturn().getResponse();
        assertThat(checked.getStatus()).isEqualTo(200);
        assertThat(checked.getContentAsString()).contains("id=\"summaryNl-taal\"", "id=\"bodyEn-taal\"",
                "data-language=\"en\"", "data-language=\"nl\"", "lang=\"en\"", "Ik weet dat deze tekst moeilijker is dan B1");

        MockHttpServletResponse refused = mvc.perform(item(PlainLanguageTexts.EASY, HARD_ENGLISH).with(as(admin)))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("Maak de tekst makkelijker, of zet een vinkje");
        assertThat(items.find(ItemType.METHOD, key).orElseThrow().bodyEn()).isEqualTo(before);

        MockHttpServletResponse confirmed = mvc.perform(item(PlainLanguageTexts.EASY, HARD_ENGLISH)
                .param("plainLanguageConfirmed", "true").with(as(admin))).andReturn().getResponse();
        assertThat(confirmed.getStatus()).isEqualTo(302);
        assertThat(items.find(ItemType.METHOD, key).orElseThrow().bodyEn()).isEqualTo(HARD_ENGLISH);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = :a AND object_id = :key AND actor = :who")
                .param("a", PublishedTexts.CONFIRMED_ACTION).param("key", key).param("who", admin).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aPlainItemSavesWithoutAQuestionAndAHardDutchSummaryIsCaught() throws Exception {
        String admin = aPlatformAdmin();

        assertThat(mvc.perform(item(PlainLanguageTexts.HARD, EASY_ENGLISH).with(as(admin))).andReturn().getResponse()
                .getStatus()).isEqualTo(422);
        MockHttpServletResponse plain = mvc.perform(item(PlainLanguageTexts.EASY, EASY_ENGLISH).with(as(admin)))
                .andReturn().getResponse();
        assertThat(plain.getStatus()).isEqualTo(302);
        assertThat(items.find(ItemType.METHOD, key).orElseThrow().summaryNl()).isEqualTo(PlainLanguageTexts.EASY);
    }
}
