package nl.samenspraak.participate;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.input.Author;
import nl.samenspraak.input.FeedbackLoop;
import nl.samenspraak.input.FeedbackStatus;
import nl.samenspraak.input.InputIntake;
import nl.samenspraak.input.InputViews;
import nl.samenspraak.platform.RateLimiter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class FollowPageTest extends IntegrationTest {

    static final String NOT_FOUND = "We vinden geen inbreng met deze volgcode. Kijk of u de code goed heeft overgenomen.";

    @Autowired Fixtures fixtures;
    @Autowired InputIntake intake;
    @Autowired FeedbackLoop feedback;
    @Autowired InputViews views;
    @Autowired RateLimiter limiter;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void forgetRateLimits() {
        RateLimits.clear(jdbc);
    }

    @Test
    void showsTheStatusAndTheAnswerOnceItIsGiven() {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        Resident resident = new Resident(baseUrl());
        HttpResponse<String> sent = resident.giveInput(process, Map.of("text", "Een moestuin voor de buurt",
                "contactBy", "POST", "postalAddress", "Dorpsstraat 1\n1234 AB Ergens", "consent", "true"));
        String code = Resident.followCode(sent);
        assertThat(resident.get(Resident.location(sent)).body())
                .contains("We sturen ons antwoord per brief naar uw adres.");

        String before = resident.get("/volg/" + code).body();
        assertThat(before).contains("Wat er met uw inbreng gebeurt", "Ontvangen", "de website",
                "Er is nog geen antwoord.", "Eenzaamheid in de wijk", "href=\"/trajecten/" + process + "\"");

        feedback.answer(world.collaboration().id(), views.byFollowCode(code).orElseThrow().id(), FeedbackStatus.PARTLY_ADOPTED,
                "De moestuin komt er.\nDe kas niet.", world.coordinatorId(), "test");

        String after = resident.get("/volg/" + code).body();
        assertThat(after).contains("Deels overgenomen", "In het antwoord leest u welk deel.",
                        "De moestuin komt er.\nDe kas niet.", "class=\"pre-line answer\"",
                        "Beantwoord op", PublicProcessPageTest.LONG_DUTCH.format(today()))
                .doesNotContain("Dorpsstraat", "Er is nog geen antwoord.");
    }

    @Test
    void findsACodeWhateverTheCaseSpacesOrDashes() {
        UUID process = fixtures.aProcess(fixtures.aCollaborationWithStaff());
        String code = intake.receiveOnline(process, "Idee", false, Author.anonymous()).followCode().display();
        Resident resident = new Resident(baseUrl());

        String typed = " " + code.toLowerCase(Locale.ROOT).replace("-", " - ") + " ";
        HttpResponse<String> search = resident.get("/volg/zoek?volgcode=" + URLEncoder.encode(typed, StandardCharsets.UTF_8));

        assertThat(search.statusCode()).isIn(302, 303);
        assertThat(Resident.location(search)).endsWith("/volg/" + code);
        assertThat(resident.get("/volg/" + code.toLowerCase(Locale.ROOT).replace("-", "")).statusCode()).isEqualTo(200);
    }

    @Test
    void saysSoWhenNoInputHasTheCode() {
        Resident resident = new Resident(baseUrl());

        HttpResponse<String> wellFormed = resident.get("/volg/zoek?volgcode=abcd+efgh");
        assertThat(Resident.location(wellFormed)).endsWith("/volg/ABCD-EFGH");
        for (String path : new String[] {"/volg/zoek?volgcode=xx%3Cscript%3E", "/volg/zoek?volgcode=ABCD-EFG",
                "/volg/ABCD-EFGH", "/volg/niet-goed"}) {
            HttpResponse<String> page = resident.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).contains(NOT_FOUND, "aria-invalid=\"true\"", "href=\"#volgcode\"")
                    .doesNotContain("<script");
        }
        HttpResponse<String> empty = resident.get("/volg/zoek?volgcode=");
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("Vul uw volgcode in.");
    }

    @Test
    void stopsGuessingCodesFromOneAddress() {
        UUID process = fixtures.aProcess(fixtures.aCollaborationWithStaff());
        String code = intake.receiveOnline(process, "Idee", false, Author.anonymous()).followCode().display();
        RateLimits.exhaust(limiter, "follow:", 60);

        HttpResponse<String> stopped = new Resident(baseUrl()).get("/volg/" + code);

        assertThat(stopped.statusCode()).isEqualTo(429);
        assertThat(stopped.body()).contains("Even wachten", "heel vaak een volgcode opgezocht").doesNotContain(code);
    }

    @Test
    void speaksEnglishOnTheThankYouPage() {
        UUID process = fixtures.aProcess(fixtures.aCollaborationWithStaff());
        Resident resident = new Resident(baseUrl());
        resident.get("/volg?lang=en");

        HttpResponse<String> sent = resident.giveInput(process, Map.of("text", "An idea"));
        String body = resident.get(Resident.location(sent)).body();

        assertThat(body).contains("Thank you for your input", "Write this code down",
                "You will get an answer by " + today().plusDays(14)
                        .format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)));
    }
}
