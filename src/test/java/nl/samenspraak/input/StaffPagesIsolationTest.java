package nl.samenspraak.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class StaffPagesIsolationTest extends StaffMvcTest {

    @Test
    void staffOfAnotherCollaborationGetNotFoundOnEveryPageAndAction() throws Exception {
        var a = fixtures.aCollaborationWithStaff();
        var b = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(a);
        UUID input = anInput(a, process, "Alleen voor A", 30);

        for (String slug : new String[] {b.collaboration().slug(), a.collaboration().slug()}) {
            MockHttpServletRequestBuilder[] requests = {
                    get("/beheer/{s}/trajecten/{id}", slug, process),
                    get("/beheer/{s}/trajecten/{id}/inbreng/nieuw", slug, process),
                    post("/beheer/{s}/trajecten/{id}/inbreng/nieuw", slug, process)
                            .param("text", "Ingebroken").param("channel", "PHONE"),
                    post("/beheer/{s}/trajecten/{id}/samen-beantwoorden", slug, process)
                            .param("inputs", input.toString()).param("status", "ADOPTED").param("text", "Ja"),
                    get("/beheer/{s}/inbreng/{id}", slug, input),
                    get("/beheer/{s}/inbreng/{id}/ontvangen", slug, input),
                    post("/beheer/{s}/inbreng/{id}", slug, input).param("status", "ADOPTED").param("text", "Ja"),
            };
            for (MockHttpServletRequestBuilder request : requests) {
                mvc.perform(request.with(as(b.coordinatorEmail())).with(csrf())).andExpect(status().isNotFound());
            }
        }
        // the answer batch of B's own process cannot reach A's input either
        UUID theirProcess = fixtures.aProcess(b);
        mvc.perform(post("/beheer/{s}/trajecten/{id}/samen-beantwoorden", b.collaboration().slug(), theirProcess)
                        .param("inputs", input.toString()).param("status", "ADOPTED").param("text", "Ja")
                        .with(as(b.coordinatorEmail())).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/beheer/{s}", a.collaboration().slug()).with(as(b.coordinatorEmail())))
                .andExpect(status().isNotFound());

        assertThat(stored(a, input).status()).isEqualTo(FeedbackStatus.RECEIVED);
        assertThat(inputCount(a, process)).isEqualTo(1);
    }
}
