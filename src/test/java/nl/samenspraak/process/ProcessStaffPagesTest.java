package nl.samenspraak.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class ProcessStaffPagesTest extends IntegrationTest {

    @Autowired MessageSource messages;

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, Locale.forLanguageTag("nl"));
    }


    @Autowired Fixtures fixtures;
    @Autowired Processes processes;



    @Test
    void coordinatorCreatesAProcessWithPromiseAndPhases() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        String slug = world.collaboration().slug();

        mvc.perform(get("/beheer/{slug}/trajecten/nieuw", slug).with(as(world.coordinatorEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("U mag uw mening geven. Wij nemen die mee, maar beslissen zelf.")))
                .andExpect(content().string(Matchers.containsString("value=\"21\"")));

        String location = mvc.perform(filledForm(post("/beheer/{slug}/trajecten/nieuw", slug), "Samen tegen eenzaamheid")
                        .param("phases[0].name", "Ideeën ophalen")
                        .param("phases[0].startsOn", "2030-01-01").param("phases[0].endsOn", "2030-02-01")
                        .param("phases[3].name", "Besluiten")
                        .param("phases[3].startsOn", "2030-03-01").param("phases[3].endsOn", "2030-03-31")
                        // the fourth row of the form: a choice by row, since a new process's names are typed here
                        .param("firstInvolvedPhase", "4")
                        .with(as(world.coordinatorEmail())).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/beheer/" + slug + "/trajecten/*"))
                .andReturn().getResponse().getRedirectedUrl();

        UUID id = UUID.fromString(location.replaceAll(".*/trajecten/([0-9a-f-]{36}).*", "$1"));
        Process stored = processes.find(world.collaboration().id(), id).orElseThrow();
        assertThat(stored.title()).isEqualTo("Samen tegen eenzaamheid");
        assertThat(stored.themes()).containsExactly("eenzaamheid", "ontmoeten");
        assertThat(stored.level()).isEqualTo(ParticipationLevel.ADVISING);
        assertThat(stored.answerWithinDays()).isEqualTo(21);
        assertThat(stored.promise().decides()).isEqualTo("De gemeenteraad");
        assertThat(stored.phases()).extracting(Phase::name).containsExactly("Ideeën ophalen", "Besluiten");
        assertThat(stored.phases().getLast().endsOn()).isEqualTo(LocalDate.of(2030, 3, 31));
        assertThat(stored.firstInvolvedPhase()).isEqualTo("Besluiten");

        mvc.perform(get(location).with(as(world.coordinatorEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Het traject is opgeslagen.")));
        // The edit form offers the stored phases by name and has the chosen one selected (stored phases are rows 1-2).
        mvc.perform(get(location.replaceAll("\\?.*", "") + "/bewerken").with(as(world.coordinatorEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "<option value=\"2\" selected=\"selected\">" + message("process.staff.form.phaseNNamed", 2, "Besluiten"))));
    }

    @Test
    void firstInvolvementIsAChoiceFromTheFormsPhasesAndAnythingElseIsRefused() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        String slug = world.collaboration().slug();
        for (String tampered : new String[] {"2", "21", "0", "Ideeën ophalen"}) {
            mvc.perform(filledForm(post("/beheer/{slug}/trajecten/nieuw", slug), "Bankjes")
                            .param("phases[0].name", "Ideeën ophalen")
                            .param("phases[0].startsOn", "2030-01-01").param("phases[0].endsOn", "2030-02-01")
                            .param("firstInvolvedPhase", tampered)
                            .with(as(world.coordinatorEmail())).with(csrf()))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().string(Matchers.containsString(message("process.error.firstInvolvedPhase"))))
                    .andExpect(content().string(Matchers.containsString("aria-describedby=\"firstInvolvedPhase-hint firstInvolvedPhase-fout\"")));
        }
        assertThat(processes.ofCollaboration(world.collaboration().id())).isEmpty();
    }

    @Test
    void rejectsABlankTitleNextToTheFieldAndStoresNothing() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        String slug = world.collaboration().slug();

        mvc.perform(filledForm(post("/beheer/{slug}/trajecten/nieuw", slug), "   ")
                        .with(as(world.coordinatorEmail())).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("Vul een titel in.")))
                .andExpect(content().string(Matchers.containsString("aria-describedby=\"title-fout\"")))
                // what was typed comes back
                .andExpect(content().string(Matchers.containsString("De gemeenteraad")));

        assertThat(processes.ofCollaboration(world.collaboration().id())).isEmpty();
    }

    @Test
    void rejectsAPhaseThatEndsBeforeItStarts() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        mvc.perform(filledForm(post("/beheer/{slug}/trajecten/nieuw", world.collaboration().slug()), "Bankjes")
                        .param("phases[1].name", "Bouwen")
                        .param("phases[1].startsOn", "2030-05-01").param("phases[1].endsOn", "2030-04-01")
                        .with(as(world.coordinatorEmail())).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("De einddatum van een fase ligt voor de begindatum.")));
        assertThat(processes.ofCollaboration(world.collaboration().id())).isEmpty();
    }

    @Test
    void ignoresACraftedPhaseIndexInsteadOfFailing() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        mvc.perform(filledForm(post("/beheer/{slug}/trajecten/nieuw", world.collaboration().slug()), "Bankjes")
                        .param("phases[300].name", "Te ver").param("phases[-1].name", "Negatief")
                        .with(as(world.coordinatorEmail())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(processes.ofCollaboration(world.collaboration().id()))
                .singleElement().satisfies(p -> assertThat(p.phases()).isEmpty());
    }

    @Test
    void coordinatorChangesAProcessAndTheFormShowsWhatIsStored() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID id = fixtures.aProcess(world);
        String slug = world.collaboration().slug();

        mvc.perform(get("/beheer/{slug}/trajecten/{id}/bewerken", slug, id).with(as(world.coordinatorEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Eenzaamheid in de wijk")))
                .andExpect(content().string(Matchers.containsString("value=\"14\"")));

        mvc.perform(filledForm(post("/beheer/{slug}/trajecten/{id}/bewerken", slug, id), "Nieuwe titel", "10")
                        .with(as(world.coordinatorEmail())).with(csrf()))
                .andExpect(status().is3xxRedirection());

        Process changed = processes.find(world.collaboration().id(), id).orElseThrow();
        assertThat(changed.title()).isEqualTo("Nieuwe titel");
        assertThat(changed.answerWithinDays()).isEqualTo(10);
        assertThat(changed.phases()).isEmpty();
    }

    @Test
    void onlyCoordinatorsSetUpProcesses() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        String slug = world.collaboration().slug();
        mvc.perform(get("/beheer/{slug}/trajecten/nieuw", slug).with(as(world.professionalEmail())))
                .andExpect(status().isForbidden());
        mvc.perform(filledForm(post("/beheer/{slug}/trajecten/nieuw", slug), "Stiekem")
                        .with(as(world.viewerEmail())).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(processes.ofCollaboration(world.collaboration().id())).isEmpty();
    }

    @Test
    void anotherCollaborationCannotSeeOrChangeTheProcess() throws Exception {
        var mine = fixtures.aCollaborationWithStaff();
        var theirs = fixtures.aCollaborationWithStaff();
        UUID id = fixtures.aProcess(mine);

        for (String slug : new String[] {theirs.collaboration().slug(), mine.collaboration().slug()}) {
            mvc.perform(get("/beheer/{slug}/trajecten/{id}/bewerken", slug, id).with(as(theirs.coordinatorEmail())))
                    .andExpect(status().isNotFound());
            mvc.perform(filledForm(post("/beheer/{slug}/trajecten/{id}/bewerken", slug, id), "Overgenomen")
                            .with(as(theirs.coordinatorEmail())).with(csrf()))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/beheer/{slug}/trajecten/nieuw", mine.collaboration().slug()).with(as(theirs.coordinatorEmail())))
                .andExpect(status().isNotFound());
        assertThat(processes.find(mine.collaboration().id(), id).orElseThrow().title()).isEqualTo("Eenzaamheid in de wijk");
    }

    private static MockHttpServletRequestBuilder filledForm(MockHttpServletRequestBuilder request, String title) {
        return filledForm(request, title, "21");
    }

    private static MockHttpServletRequestBuilder filledForm(MockHttpServletRequestBuilder request, String title, String days) {
        return request.param("title", title).param("answerWithinDays", days)
                .param("summary", "Wat helpt u om minder alleen te zijn?")
                .param("themes", "eenzaamheid, ontmoeten, ")
                .param("targetGroups", "ouderen")
                .param("area", "Centrum")
                .param("participationLevel", "ADVISING")
                .param("promiseOpen", "Wat er in de wijk komt.")
                .param("promiseFixed", "Het budget.")
                .param("promiseDecides", "De gemeenteraad")
                .param("promiseWhen", "In juni");
    }

}
