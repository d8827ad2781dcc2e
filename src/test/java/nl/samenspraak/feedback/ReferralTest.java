package nl.samenspraak.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.account.ApiTokens;
import nl.samenspraak.account.StaffAccounts;
import nl.samenspraak.input.Author;
import nl.samenspraak.input.Channel;
import nl.samenspraak.input.ContactBy;
import nl.samenspraak.input.FeedbackStatus;
import nl.samenspraak.input.Input;
import nl.samenspraak.input.InputId;
import nl.samenspraak.input.NewInput;
import nl.samenspraak.input.Referral;
import nl.samenspraak.input.StaffMvcTest;
import org.awaitility.Awaitility;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/** "Outside the question" says where the input went, and the author reads it everywhere they look. */
class ReferralTest extends StaffMvcTest {

    @Autowired ApiTokens tokens;
    @Autowired StaffAccounts staff;
    @Autowired FeedbackLoop feedback;

    @Test
    void theAnswerFormRequiresTheOrganisationForOutsideTheQuestionAndStoresNothingWithoutIt() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID id = anInput(world, fixtures.aProcess(world), "De stoep is kapot", 1);
        String page = "/beheer/" + world.collaboration().slug() + "/inbreng/" + id;

        mvc.perform(post(page).param("status", "OUT_OF_SCOPE").param("text", "Dit gaat de gemeente aan.")
                        .param("referredTo", "  ").param("referredContact", "0344 123 456")
                        .with(as(world.professionalEmail())).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("id=\"referredTo-fout\"")))
                .andExpect(content().string(Matchers.containsString("aria-describedby=\"referredTo-hint referredTo-fout\"")))
                .andExpect(content().string(Matchers.containsString("Schrijf naar welke organisatie")))
                .andExpect(content().string(Matchers.containsString("0344 123 456")));
        assertThat(stored(world, id).status()).isEqualTo(FeedbackStatus.RECEIVED);

        mvc.perform(post(page).param("status", "OUT_OF_SCOPE").param("text", "Dit gaat de gemeente aan.")
                        .param("referredTo", "Gemeente Tiel, team openbare ruimte")
                        .param("referredContact", "Bel 14 0344")
                        .with(as(world.professionalEmail())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Input answered = stored(world, id);
        assertThat(answered.referral()).isEqualTo(new Referral("Gemeente Tiel, team openbare ruimte", "Bel 14 0344"));
        mvc.perform(get(page).with(as(world.professionalEmail())))
                .andExpect(content().string(Matchers.containsString("Doorgestuurd naar: Gemeente Tiel, team openbare ruimte")))
                .andExpect(content().string(Matchers.containsString("value=\"Gemeente Tiel, team openbare ruimte\"")));

        // The author reads it on the follow page.
        mvc.perform(get("/volg/" + answered.followCode().display()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "We hebben uw inbreng doorgestuurd naar: Gemeente Tiel, team openbare ruimte.")))
                .andExpect(content().string(Matchers.containsString("Bel 14 0344")));

        // Another status drops the referral.
        mvc.perform(post(page).param("status", "ADOPTED").param("text", "We doen het toch zelf.")
                        .param("referredTo", "Gemeente Tiel")
                        .with(as(world.professionalEmail())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(stored(world, id).referral()).isNull();
    }

    @Test
    void theBatchAnswerFormRequiresTheOrganisationToo() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        UUID a = anInput(world, process, "Een zebrapad", 1);
        UUID b = anInput(world, process, "Een stoplicht", 1);
        String url = "/beheer/" + world.collaboration().slug() + "/trajecten/" + process + "/samen-beantwoorden";

        mvc.perform(post(url).param("inputs", a.toString(), b.toString()).param("status", "OUT_OF_SCOPE")
                        .param("text", "Verkeer hoort niet bij dit traject.")
                        .with(as(world.professionalEmail())).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("id=\"referredTo-fout\"")));
        assertThat(stored(world, a).status()).isEqualTo(FeedbackStatus.RECEIVED);
        assertThat(stored(world, b).status()).isEqualTo(FeedbackStatus.RECEIVED);

        mvc.perform(post(url).param("inputs", a.toString(), b.toString()).param("status", "OUT_OF_SCOPE")
                        .param("text", "Verkeer hoort niet bij dit traject.").param("referredTo", "Provincie Gelderland")
                        .with(as(world.professionalEmail())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(stored(world, a).referral().organisation()).isEqualTo("Provincie Gelderland");
        assertThat(stored(world, b).referral().organisation()).isEqualTo("Provincie Gelderland");
    }

    @Test
    void theApiRefusesOutsideTheQuestionWithoutReferredToAndShowsTheReferral() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID id = anInput(world, fixtures.aProcess(world), "Het gras wordt te weinig gemaaid", 1);
        String token = tokens.issue(staff.idByEmail(world.professionalEmail()).orElseThrow(),
                world.collaboration().slug()).orElseThrow().token();

        mvc.perform(put("/api/v1/inputs/{id}/answer", id).header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(Map.of("status", "OUT_OF_SCOPE", "text", "Maaien doet de gemeente."))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("referredTo"));
        assertThat(stored(world, id).status()).isEqualTo(FeedbackStatus.RECEIVED);

        mvc.perform(put("/api/v1/inputs/{id}/answer", id).header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(Map.of("status", "OUT_OF_SCOPE", "text", "Maaien doet de gemeente.",
                                "referredTo", "Gemeente Tiel", "referredContact", "www.tiel.nl"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.referredTo").value("Gemeente Tiel"));
        mvc.perform(get("/api/v1/inputs/{id}", id).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.referredTo").value("Gemeente Tiel"))
                .andExpect(jsonPath("$.referredContact").value("www.tiel.nl"));
    }

    @Test
    void hostileReferralsAreStoredAsTextShownEscapedOrRefusedWithoutAnError() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        String slug = world.collaboration().slug();
        List<String> hostile = List.of("<script>alert('x')</script>", "\"><img src=x onerror=alert(1)>",
                "=HYPERLINK(\"http://evil\")", "'; DROP TABLE input; --", "[[${7*7}]] __${T(java.lang.Runtime)}__",
                "\u202Eenilno\u202C مرحبا بالعالم", "a\u0000b");
        for (String value : hostile) {
            UUID id = anInput(world, process, "Iets anders", 1);
            mvc.perform(post("/beheer/{slug}/inbreng/{id}", slug, id).param("status", "OUT_OF_SCOPE")
                            .param("text", "Elders.").param("referredTo", value).param("referredContact", value)
                            // Only the referral is hostile here; how readable the answer is does not matter.
                            .param("plainLanguageConfirmed", "true")
                            .with(as(world.professionalEmail())).with(csrf()))
                    .andExpect(status().is3xxRedirection());
            Input answered = stored(world, id);
            String follow = mvc.perform(get("/volg/" + answered.followCode().display()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(follow).doesNotContain("<script>alert", "<img src=x");
            if (value.contains("7*7")) {
                // The expression must arrive as the typed text; a random "49" elsewhere on the page
                // (a follow code, a date) must not decide this test.
                assertThat(follow).contains("[[${7*7}]]");
            }
        }
        UUID tooLong = anInput(world, process, "Te lang", 1);
        mvc.perform(post("/beheer/{slug}/inbreng/{id}", slug, tooLong).param("status", "OUT_OF_SCOPE")
                        .param("text", "Elders.").param("referredTo", "x".repeat(65_536))
                        .param("referredContact", "y".repeat(65_536))
                        .with(as(world.professionalEmail())).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("De naam van de organisatie is te lang")));
        assertThat(stored(world, tooLong).status()).isEqualTo(FeedbackStatus.RECEIVED);
    }

    @Test
    void theAnswerMailTellsWhereTheInputWentInTheAuthorsLanguage() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        String email = "verwezen-" + UUID.randomUUID() + "@example.org";
        var receipt = intake.capture(world.collaboration().id(), fixtures.aProcess(world), new NewInput(
                "Potholes in my street", Channel.DOOR_TO_DOOR, null, false,
                new Author("Sam", email, null, null, ContactBy.EMAIL, true), world.coordinatorId(), "en", false, null));

        feedback.answer(world.collaboration().id(), new InputId(receipt.id()), FeedbackStatus.OUT_OF_SCOPE,
                "Roads are not part of this process.", new Referral("Gemeente Tiel", "0344 637 111"),
                world.coordinatorId(), "test");

        MimeMessage answer = Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(email),
                        mails -> mails.stream().anyMatch(m -> subject(m).startsWith("Answer")))
                .stream().filter(m -> subject(m).startsWith("Answer")).findFirst().orElseThrow();
        assertThat((String) answer.getContent()).contains("Dear Sam,", "Roads are not part of this process.",
                "We sent your input on to: Gemeente Tiel.", "How to reach them: 0344 637 111");
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            return "";
        }
    }

    private static String json(Object value) {
        return JsonMapper.builder().build().writeValueAsString(value);
    }

    private List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(MAIL_SERVER.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(email));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }
}
