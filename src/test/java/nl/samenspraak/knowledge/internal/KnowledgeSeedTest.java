package nl.samenspraak.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class KnowledgeSeedTest extends KnowledgeTest {

    @Autowired KnowledgeItems items;
    @Autowired Fixtures fixtures;

    @TempDir Path dir;

    @Test
    void loadingTheSameSeedAgainChangesNothing() {
        assertThat(loader.load(TEST_SEED)).isEqualTo(new KnowledgeSeedLoader.Result(0, 0, 7));
    }

    @Test
    void aMissingSeedFolderIsNoError() {
        assertThat(loader.load("classpath:knowledge/does-not-exist/")).isEqualTo(new KnowledgeSeedLoader.Result(0, 0, 0));
        assertThat(loader.load("file:" + dir + "/nothing-here/")).isEqualTo(new KnowledgeSeedLoader.Result(0, 0, 0));
    }

    @Test
    void anUpgradeInsertsNewItemsUpdatesUneditedOnesAndKeepsWhatTheAdminEdited() throws Exception {
        String a = "test-upgrade-a-" + UUID.randomUUID().toString().substring(0, 8);
        String b = "test-upgrade-b-" + UUID.randomUUID().toString().substring(0, 8);
        String c = "test-upgrade-c-" + UUID.randomUUID().toString().substring(0, 8);
        String location = "file:" + dir + "/";
        writeMethods(method(a, "Versie een") + "," + method(b, "Versie een"));
        assertThat(loader.load(location)).isEqualTo(new KnowledgeSeedLoader.Result(2, 0, 0));

        String admin = aPlatformAdmin();
        mvc.perform(edit(b, "Door de beheerder", "Eigen samenvatting").with(as(admin)).with(csrf()));
        assertThat(items.find(ItemType.METHOD, b).orElseThrow().titleNl()).isEqualTo("Door de beheerder");

        writeMethods(method(a, "Versie twee") + "," + method(b, "Versie twee").replace("\"SMALL\"", "\"LARGE\"")
                + "," + method(c, "Nieuw"));
        assertThat(loader.load(location)).isEqualTo(new KnowledgeSeedLoader.Result(1, 2, 0));
        assertThat(items.find(ItemType.METHOD, a).orElseThrow().titleNl()).isEqualTo("Versie twee");
        Item edited = items.find(ItemType.METHOD, b).orElseThrow();
        assertThat(edited.titleNl()).isEqualTo("Door de beheerder");
        assertThat(edited.summaryNl()).isEqualTo("Eigen samenvatting");
        assertThat(edited.groupSize()).as("links and facts still follow the seed").isEqualTo("LARGE");
        assertThat(items.find(ItemType.METHOD, c)).isPresent();
        assertThat(loader.load(location)).isEqualTo(new KnowledgeSeedLoader.Result(0, 0, 3));

        // The edited words are findable at once.
        assertThat(mvc.perform(get("/kennisbank").param("q", "beheerder " + b.substring(b.length() - 8)))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/kennisbank/werkvormen/" + b)).andReturn().getResponse().getContentAsString())
                .contains("Door de beheerder");
    }

    @Test
    void anAdminEditWithEmptyOrHugeFieldsIsRefusedAndChangesNothing() throws Exception {
        String admin = aPlatformAdmin();
        Item before = items.find(ItemType.METHOD, "test-klompenpraat").orElseThrow();
        var response = mvc.perform(edit("test-klompenpraat", "", "x".repeat(ItemForm.MAX_SUMMARY + 1))
                .param("lang", "nl").with(as(admin)).with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains("Vul dit in.").contains("Deze tekst is te lang.")
                .contains("aria-describedby=\"titleNl-fout\"").contains("id=\"foutmeldingen\"");
        assertThat(items.find(ItemType.METHOD, "test-klompenpraat").orElseThrow()).isEqualTo(before);
    }

    @Test
    void onlyAPlatformAdministratorMayEdit() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        Item before = items.find(ItemType.METHOD, "test-klompenpraat").orElseThrow();
        assertThat(mvc.perform(edit("test-klompenpraat", "Gekaapt", "Gekaapt").with(as(world.coordinatorEmail())).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/admin/kennisbank").with(as(world.coordinatorEmail())))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(items.find(ItemType.METHOD, "test-klompenpraat").orElseThrow()).isEqualTo(before);
        String admin = aPlatformAdmin();
        assertThat(mvc.perform(get("/admin/kennisbank").with(as(admin))).andReturn().getResponse().getContentAsString())
                .contains("/admin/kennisbank/werkvormen/test-klompenpraat");
        assertThat(mvc.perform(get("/admin/kennisbank/werkvormen/test-klompenpraat").with(as(admin)))
                .andReturn().getResponse().getContentAsString()).contains("Klompenpraat aan de keukentafel");
    }

    private static MockHttpServletRequestBuilder edit(String key, String title, String summary) {
        return post("/admin/kennisbank/werkvormen/{key}", key)
                .param("titleNl", title).param("titleEn", "By the admin").param("summaryNl", summary)
                .param("summaryEn", "Own summary").param("bodyNl", "Eerste alinea.\n\nTweede alinea.")
                .param("bodyEn", "First paragraph.").param("listNl", "Stap een\nStap twee").param("listEn", "Step one")
                .param("tagsNl", "buurt, koffie").param("tagsEn", "neighbourhood")
                // Such short made-up texts may be above B1 for the checker; this test is about the seed, not about language.
                .param("plainLanguageConfirmed", "true");
    }

    private void writeMethods(String methods) throws IOException {
        Files.writeString(dir.resolve("methods.json"), "[" + methods + "]");
    }

    private static String method(String key, String title) {
        return """
                {"key": "%s", "title": {"nl": "%s", "en": "%s"}, "summary": {"nl": "Samenvatting %s", "en": "Summary"},
                 "body": {"nl": "Tekst.", "en": "Text."}, "steps": [], "targetGroups": ["ouderen"], "levels": ["INFORMING"],
                 "effort": "LOW", "groupSize": "SMALL", "themes": [], "sources": ["test-bron"]}
                """.formatted(key, title, title, title);
    }
}
