package nl.samenspraak.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.process.InfluencePromise;
import nl.samenspraak.process.ParticipationLevel;
import nl.samenspraak.process.ProcessDraft;
import nl.samenspraak.process.Processes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProcessSuggestionsTest extends KnowledgeTest {

    @Autowired Fixtures fixtures;
    @Autowired Processes processes;

    @Test
    void theEditPageSuggestsMethodsForTheSavedTargetGroupsAndLevel() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID id = processes.create(world.collaboration().id(), new ProcessDraft("Klompen in de wijk", "Een test.",
                List.of(), List.of("Klompendragers in Oost"), "Oost", ParticipationLevel.CONSULTING,
                new InfluencePromise("a", "b", "c", "d"), 14, "", List.of()), "test");
        String page = mvc.perform(get("/beheer/{slug}/trajecten/{id}/bewerken", world.collaboration().slug(), id)
                .param("lang", "nl").with(as(world.coordinatorEmail()))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Werkvormen die passen bij dit traject")
                .contains("href=\"/kennisbank/werkvormen/test-klompenpraat\"");
        assertThat(page.indexOf("test-klompenpraat")).isLessThan(page.indexOf("Zoek meer werkvormen"));
    }

    @Test
    void aRejectedFormSuggestsMethodsForWhatWasJustTyped() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        var response = mvc.perform(post("/beheer/{slug}/trajecten/nieuw", world.collaboration().slug())
                .param("title", "").param("summary", "Iets").param("targetGroups", "mensen met klompen")
                .param("participationLevel", "CONSULTING").param("answerWithinDays", "14").param("lang", "nl")
                .with(as(world.coordinatorEmail())).with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains("Werkvormen die passen bij dit traject")
                .contains("href=\"/kennisbank/werkvormen/test-klompenpraat\"");
        String empty = mvc.perform(get("/beheer/{slug}/trajecten/nieuw", world.collaboration().slug())
                .param("lang", "nl").with(as(world.coordinatorEmail()))).andReturn().getResponse().getContentAsString();
        assertThat(empty).doesNotContain("Werkvormen die passen bij dit traject");
    }
}
