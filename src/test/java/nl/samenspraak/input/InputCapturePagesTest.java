package nl.samenspraak.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class InputCapturePagesTest extends StaffMvcTest {

    @Autowired InputContacts contacts;

    @Test
    void professionalCapturesAPaperInputFromThePastAndGetsAFollowCodeAndDueDate() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        String slug = world.collaboration().slug();
        LocalDate received = today().minusDays(4);

        mvc.perform(get("/beheer/{slug}/trajecten/{id}/inbreng/nieuw", slug, process).with(as(world.professionalEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"" + today() + "\"")))
                .andExpect(content().string(Matchers.containsString("Papieren formulier")));

        String location = mvc.perform(post("/beheer/{slug}/trajecten/{id}/inbreng/nieuw", slug, process)
                        .param("text", "Een koffieochtend in het buurthuis.\nOp dinsdag.")
                        .param("channel", "PAPER").param("receivedOn", received.toString())
                        .param("name", "Gerrit de Vries").param("contactBy", "POST")
                        .param("postalAddress", "Dorpsstraat 1\n1234 AB Ons Dorp").param("consent", "true")
                        .with(as(world.professionalEmail())).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();

        UUID id = UUID.fromString(location.replaceAll(".*/inbreng/([0-9a-f-]{36})/ontvangen", "$1"));
        Input input = stored(world, id);
        assertThat(input.channel()).isEqualTo(Channel.PAPER);
        assertThat(input.receivedOn()).isEqualTo(received);
        assertThat(input.answerDue()).isEqualTo(received.plusDays(14));
        assertThat(input.contactBy()).isEqualTo(ContactBy.POST);
        assertThat(contacts.of(world.collaboration().id(), id).orElseThrow().postalAddress()).contains("1234 AB");

        mvc.perform(get(location).with(as(world.professionalEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(input.followCode().display())))
                .andExpect(content().string(Matchers.containsString("Geef deze volgcode aan de inwoner")))
                .andExpect(content().string(Matchers.containsString(String.valueOf(input.answerDue().getYear()))));
    }

    @Test
    void rejectsADateInTheFuture() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);

        mvc.perform(post("/beheer/{slug}/trajecten/{id}/inbreng/nieuw", world.collaboration().slug(), process)
                        .param("text", "Meer bankjes").param("channel", "MEETING")
                        .param("receivedOn", today().plusDays(1).toString())
                        .with(as(world.professionalEmail())).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("Deze datum ligt in de toekomst.")))
                .andExpect(content().string(Matchers.containsString("Meer bankjes")));

        assertThat(inputCount(world, process)).isZero();
    }

    @Test
    void rejectsContactDetailsWithoutConsentAndStoresNoInput() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);

        mvc.perform(post("/beheer/{slug}/trajecten/{id}/inbreng/nieuw", world.collaboration().slug(), process)
                        .param("text", "Een wandelgroep").param("channel", "DOOR_TO_DOOR")
                        .param("receivedOn", today().toString())
                        .param("name", "Ans").param("contactBy", "PHONE").param("phone", "0612345678")
                        .with(as(world.professionalEmail())).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("toestemming")))
                .andExpect(content().string(Matchers.containsString("aria-describedby=\"consent-hint consent-fout\"")));

        assertThat(inputCount(world, process)).isZero();
    }

    @Test
    void rejectsAnInputWithoutChannelOrText() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        mvc.perform(post("/beheer/{slug}/trajecten/{id}/inbreng/nieuw", world.collaboration().slug(), process)
                        .param("text", "Idee").param("receivedOn", "gisteren")
                        .with(as(world.professionalEmail())).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("Deze datum klopt niet.")));
        mvc.perform(post("/beheer/{slug}/trajecten/{id}/inbreng/nieuw", world.collaboration().slug(), process)
                        .param("text", "Idee").with(as(world.professionalEmail())).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("Kies hoe de inbreng binnenkwam.")));
        assertThat(inputCount(world, process)).isZero();
    }

    @Test
    void rendersHostileTextEscapedOnEveryStaffPage() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        String slug = world.collaboration().slug();
        String hostile = "<script>alert(1)</script><img src=x onerror=alert(2)> [[${7*7}]]";

        String location = mvc.perform(post("/beheer/{slug}/trajecten/{id}/inbreng/nieuw", slug, process)
                        .param("text", hostile).param("channel", "PHONE")
                        .param("name", "<b>Piet</b>").param("contactBy", "NONE").param("consent", "true")
                        .with(as(world.professionalEmail())).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        String inputPage = location.replace("/ontvangen", "");

        for (String page : new String[] {inputPage, "/beheer/" + slug + "/trajecten/" + process}) {
            mvc.perform(get(page).with(as(world.professionalEmail())))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                    .andExpect(content().string(Matchers.not(Matchers.containsString("<script>"))))
                    .andExpect(content().string(Matchers.not(Matchers.containsString("<img src=x"))));
        }
        mvc.perform(get(inputPage).with(as(world.professionalEmail())))
                .andExpect(content().string(Matchers.containsString("&lt;b&gt;Piet&lt;/b&gt;")));
        // a rejected form echoes what was typed, escaped as well
        mvc.perform(post("/beheer/{slug}/trajecten/{id}/inbreng/nieuw", slug, process)
                        .param("text", hostile).with(as(world.professionalEmail())).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.not(Matchers.containsString("<script>"))));
    }
}
