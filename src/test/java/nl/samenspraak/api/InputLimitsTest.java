package nl.samenspraak.api;

import static nl.samenspraak.api.ApiClient.json;
import static nl.samenspraak.api.ApiFixtures.tokenFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.account.ApiTokens;
import nl.samenspraak.account.StaffAccounts;
import nl.samenspraak.input.FeedbackStatus;
import nl.samenspraak.input.Input;
import nl.samenspraak.input.InputLimits;
import nl.samenspraak.input.StaffMvcTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every limit of {@link InputLimits}: a value one character over it is refused by the staff form
 * and by the API with 422, and nothing is stored. Removing a limit anywhere makes this fail.
 */
class InputLimitsTest extends StaffMvcTest {

    @Autowired ApiTokens tokens;
    @Autowired StaffAccounts staff;
    @Autowired Clock clock;

    nl.samenspraak.Fixtures.World world;
    UUID process;
    String token;

    @BeforeEach
    void aProcessWithStaff() {
        world = fixtures.aCollaborationWithStaff();
        process = fixtures.aProcess(world);
        token = tokenFor(tokens, staff, world.professionalEmail(), world);
    }

    @Test
    void inputTextOverItsLimitIsRefused() throws Exception {
        refusedByFormAndApi(Map.of("text", "a".repeat(InputLimits.TEXT + 1)));
    }

    @Test
    void nameOverItsLimitIsRefused() throws Exception {
        refusedByFormAndApi(withDetails("name", "n".repeat(InputLimits.NAME + 1), "POST"));
    }

    @Test
    void emailOverItsLimitIsRefused() throws Exception {
        String email = "a".repeat(64) + "@" + "b".repeat(InputLimits.EMAIL + 1 - 64 - 1 - 4) + ".org";
        assertThat(email).hasSize(InputLimits.EMAIL + 1);
        refusedByFormAndApi(withDetails("email", email, "EMAIL"));
    }

    @Test
    void postalAddressOverItsLimitIsRefused() throws Exception {
        refusedByFormAndApi(withDetails("postalAddress", "p".repeat(InputLimits.POSTAL_ADDRESS + 1), "POST"));
    }

    @Test
    void phoneOverItsLimitIsRefused() throws Exception {
        refusedByFormAndApi(withDetails("phone", "0" + "6".repeat(InputLimits.PHONE), "PHONE"));
    }

    @Test
    void answerOverItsLimitIsRefused() throws Exception {
        UUID input = anInput(world, process, "Een bankje bij de bushalte", 1);
        String tooLong = "a".repeat(InputLimits.ANSWER + 1);

        mvc.perform(post("/beheer/{slug}/inbreng/{id}", world.collaboration().slug(), input)
                        .param("status", "ADOPTED").param("text", tooLong)
                        .with(as(world.professionalEmail())).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(api(put("/api/v1/inputs/{id}/answer", input))
                        .content(json(Map.of("status", "ADOPTED", "text", tooLong))))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(api(put("/api/v1/processes/{id}/answers", process))
                        .content(json(Map.of("inputIds", List.of(input), "status", "ADOPTED", "text", tooLong))))
                .andExpect(status().isUnprocessableContent());

        Input stored = stored(world, input);
        assertThat(stored.status()).isEqualTo(FeedbackStatus.RECEIVED);
        assertThat(stored.answer()).isNull();
    }

    /** A form (and API body) with one contact detail, the channel that needs it, and consent. */
    static Map<String, String> withDetails(String field, String value, String contactBy) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("text", "Een bankje bij de bushalte");
        fields.put("name", "Mevrouw De Vries");
        fields.put("email", "devries@example.org");
        fields.put("postalAddress", "Dorpsstraat 1, 1234 AB Ons Dorp");
        fields.put("phone", "06 12345678");
        fields.put(field, value);
        fields.put("contactBy", contactBy);
        return fields;
    }

    private void refusedByFormAndApi(Map<String, String> fields) throws Exception {
        int before = inputCount(world, process);
        String slug = world.collaboration().slug();

        MockHttpServletRequestBuilder form = post("/beheer/{slug}/trajecten/{id}/inbreng/nieuw", slug, process)
                .param("channel", "PAPER").param("receivedOn", LocalDate.now(clock).toString())
                .param("consent", "true");
        fields.forEach(form::param);
        mvc.perform(form.with(as(world.professionalEmail())).with(csrf()))
                .andExpect(status().isUnprocessableContent());

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", fields.get("text"));
        body.put("channel", "PAPER");
        if (fields.containsKey("contactBy")) {
            Map<String, Object> author = new LinkedHashMap<>(fields);
            author.remove("text");
            author.put("consent", true);
            body.put("author", author);
        }
        mvc.perform(api(post("/api/v1/processes/{id}/inputs", process)).content(json(body)))
                .andExpect(status().isUnprocessableContent());

        assertThat(inputCount(world, process)).isEqualTo(before);
    }

    private MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON);
    }
}
