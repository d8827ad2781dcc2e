package nl.samenspraak.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

class AnswerPagesTest extends StaffMvcTest {

    @Test
    void professionalAnswersOneInputAndSeesTheAuthorsContactChoice() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        UUID id = intake.capture(world.collaboration().id(), process, new NewInput("Een bankje bij de bushalte",
                Channel.MEETING, today(), false,
                new Author("Ans Jansen", "ans@example.org", null, null, ContactBy.EMAIL, true), world.coordinatorId())).id();
        String page = "/beheer/" + world.collaboration().slug() + "/inbreng/" + id;

        mvc.perform(get(page).with(as(world.professionalEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Ans Jansen")))
                .andExpect(content().string(Matchers.containsString("ans@example.org")))
                .andExpect(content().string(Matchers.containsString("Valt buiten de vraag")))
                .andExpect(content().string(Matchers.containsString("Kiest u Niet overgenomen?")));

        mvc.perform(post(page).param("status", "PARTLY_ADOPTED").param("text", "Er komt een bankje, maar niet bij de bushalte.")
                        .with(as(world.professionalEmail())).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(page + "?opgeslagen"));

        Input answered = stored(world, id);
        assertThat(answered.status()).isEqualTo(FeedbackStatus.PARTLY_ADOPTED);
        assertThat(answered.answer()).isEqualTo("Er komt een bankje, maar niet bij de bushalte.");
        mvc.perform(get(page + "?opgeslagen").with(as(world.professionalEmail())))
                .andExpect(content().string(Matchers.containsString("Het antwoord is opgeslagen.")));
    }

    @Test
    void rejectsNotAdoptedWithoutAReasonAndKeepsTheStatus() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID id = anInput(world, fixtures.aProcess(world), "Een zwembad", 1);

        mvc.perform(post("/beheer/{slug}/inbreng/{id}", world.collaboration().slug(), id)
                        .param("status", "NOT_ADOPTED").param("text", "   ")
                        .with(as(world.professionalEmail())).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("Schrijf een antwoord.")))
                .andExpect(content().string(Matchers.containsString("aria-describedby=\"text-hint text-fout\"")));

        Input unchanged = stored(world, id);
        assertThat(unchanged.status()).isEqualTo(FeedbackStatus.RECEIVED);
        assertThat(unchanged.answer()).isNull();
    }

    @Test
    void answersThreeSimilarInputsTogether() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        List<UUID> ids = List.of(anInput(world, process, "Bankje A", 1), anInput(world, process, "Bankje B", 2),
                anInput(world, process, "Bankje C", 3));
        UUID other = anInput(world, process, "Iets anders", 1);

        mvc.perform(post("/beheer/{slug}/trajecten/{id}/samen-beantwoorden", world.collaboration().slug(), process)
                        .param("inputs", ids.stream().map(UUID::toString).toArray(String[]::new))
                        .param("status", "ADOPTED").param("text", "Er komen drie nieuwe bankjes.")
                        .with(as(world.professionalEmail())).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/beheer/" + world.collaboration().slug() + "/trajecten/" + process + "?beantwoord=3"));

        assertThat(ids).allSatisfy(id -> {
            assertThat(stored(world, id).status()).isEqualTo(FeedbackStatus.ADOPTED);
            assertThat(stored(world, id).answer()).isEqualTo("Er komen drie nieuwe bankjes.");
        });
        assertThat(stored(world, other).status()).isEqualTo(FeedbackStatus.RECEIVED);
    }

    @Test
    void rejectsABatchWithoutSelectionOrWithoutTextAndChangesNothing() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        UUID a = anInput(world, process, "Bankje A", 1);
        UUID b = anInput(world, process, "Bankje B", 1);
        String url = "/beheer/" + world.collaboration().slug() + "/trajecten/" + process + "/samen-beantwoorden";

        mvc.perform(post(url).param("status", "ADOPTED").param("text", "Ja.")
                        .with(as(world.professionalEmail())).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("Kies eerst de inbreng die u wilt beantwoorden.")));

        mvc.perform(post(url).param("inputs", a.toString(), b.toString()).param("status", "ALREADY_EXISTS").param("text", "")
                        .with(as(world.professionalEmail())).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("Schrijf een antwoord.")))
                // the choice survives, so the user does not have to tick everything again
                .andExpect(content().string(Matchers.containsString("value=\"" + a + "\" checked")));

        assertThat(List.of(a, b)).allSatisfy(id -> assertThat(stored(world, id).status()).isEqualTo(FeedbackStatus.RECEIVED));
    }

    @Test
    void viewerCanReadButNotAnswerOrCapture() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        UUID id = anInput(world, process, "Een buurtbus", 1);
        String slug = world.collaboration().slug();

        mvc.perform(get("/beheer/{slug}", slug).with(as(world.viewerEmail()))).andExpect(status().isOk());
        mvc.perform(get("/beheer/{slug}/trajecten/{id}", slug, process).with(as(world.viewerEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Een buurtbus")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("samen-beantwoorden"))));
        mvc.perform(get("/beheer/{slug}/inbreng/{id}", slug, id).with(as(world.viewerEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("name=\"status\""))));

        mvc.perform(post("/beheer/{slug}/inbreng/{id}", slug, id).param("status", "ADOPTED").param("text", "Ja")
                        .with(as(world.viewerEmail())).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/beheer/{slug}/trajecten/{id}/samen-beantwoorden", slug, process).param("inputs", id.toString())
                        .param("status", "ADOPTED").param("text", "Ja").with(as(world.viewerEmail())).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/beheer/{slug}/trajecten/{id}/inbreng/nieuw", slug, process).param("text", "Idee")
                        .param("channel", "PHONE").with(as(world.viewerEmail())).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(stored(world, id).status()).isEqualTo(FeedbackStatus.RECEIVED);
        assertThat(inputCount(world, process)).isEqualTo(1);
    }
}
