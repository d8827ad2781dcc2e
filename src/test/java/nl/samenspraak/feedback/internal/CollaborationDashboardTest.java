package nl.samenspraak.feedback.internal;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import nl.samenspraak.input.StaffMvcTest;
import nl.samenspraak.feedback.FeedbackLoop;
import nl.samenspraak.input.FeedbackStatus;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CollaborationDashboardTest extends StaffMvcTest {

    @Autowired FeedbackLoop feedback;

    @Test
    void listsAnOverdueInputWithItsProcessAndDaysLate() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        // the process promises an answer within 14 days: received 20 days ago is 6 days late
        UUID late = anInput(world, process, "Te laat beantwoord", 20);
        anInput(world, process, "Net binnen", 0);

        mvc.perform(get("/beheer/{slug}", world.collaboration().slug()).with(as(world.coordinatorEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Wat moet er nu beantwoord worden?")))
                .andExpect(content().string(Matchers.containsString("6 dagen te laat")))
                .andExpect(content().string(Matchers.containsString("/beheer/" + world.collaboration().slug() + "/inbreng/" + late)))
                .andExpect(content().string(Matchers.containsString("Eenzaamheid in de wijk")))
                .andExpect(content().string(Matchers.containsString("Raadplegen")))
                .andExpect(content().string(Matchers.containsString("/beheer/" + world.collaboration().slug() + "/brieven")))
                .andExpect(content().string(Matchers.containsString("/beheer/" + world.collaboration().slug() + "/trajecten/nieuw")))
                // nothing answered and one late: 0% on time
                .andExpect(content().string(Matchers.containsString("0%")))
                // nothing answered yet, so no median to show
                .andExpect(content().string(Matchers.containsString("Nog niet bekend")));
    }

    @Test
    void showsTheShareAnsweredOnTimeAndTheMedianDays() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        UUID input = anInput(world, process, "Een moestuin", 4);
        feedback.answer(world.collaboration().id(), input, FeedbackStatus.ADOPTED, "De moestuin komt er.",
                world.coordinatorId(), "test");

        mvc.perform(get("/beheer/{slug}", world.collaboration().slug()).with(as(world.viewerEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<strong>100%</strong>")))
                .andExpect(content().string(Matchers.containsString("<strong>4</strong>")));
    }

    @Test
    void saysSoWhenNothingIsDue() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        mvc.perform(get("/beheer/{slug}", world.collaboration().slug()).with(as(world.professionalEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Er is nu geen inbreng die snel antwoord moet krijgen.")))
                .andExpect(content().string(Matchers.containsString("Er zijn nog geen trajecten.")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/trajecten/nieuw"))));
    }

    @Test
    void processPageShowsANextPageLinkWhenThereIsMoreThanOnePage() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        UUID oldest = anInput(world, process, "De allereerste inbreng", 2);
        for (int i = 0; i < ProcessInputsController.PAGE_SIZE; i++) {
            anInput(world, process, "Inbreng nummer " + i, 1);
        }
        String page = "/beheer/" + world.collaboration().slug() + "/trajecten/" + process;

        String html = mvc.perform(get(page).with(as(world.professionalEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Volgende pagina")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("De allereerste inbreng"))))
                .andReturn().getResponse().getContentAsString();
        String next = html.replaceAll("(?s).*href=\"([^\"]*voor=[0-9]+)\".*", "$1").replace("&amp;", "&");

        mvc.perform(get(next).with(as(world.professionalEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("De allereerste inbreng")))
                .andExpect(content().string(Matchers.containsString(oldest.toString())))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Volgende pagina"))));
    }

    @Test
    void processPageFiltersOverdueInputs() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        anInput(world, process, "Al lang blijven liggen", 30);
        anInput(world, process, "Pas binnen", 0);

        mvc.perform(get("/beheer/{slug}/trajecten/{id}", world.collaboration().slug(), process)
                        .param("filter", "te-laat").with(as(world.viewerEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Al lang blijven liggen")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Pas binnen"))));
    }
}
