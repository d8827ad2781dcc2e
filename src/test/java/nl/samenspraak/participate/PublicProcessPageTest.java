package nl.samenspraak.participate;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.input.Author;
import nl.samenspraak.feedback.FeedbackLoop;
import nl.samenspraak.input.FeedbackStatus;
import nl.samenspraak.input.InputIntake;
import nl.samenspraak.input.InputViews;
import nl.samenspraak.platform.RateLimiter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class PublicProcessPageTest extends IntegrationTest {

    static final DateTimeFormatter LONG_DUTCH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    @Autowired Fixtures fixtures;
    @Autowired InputIntake intake;
    @Autowired InputViews views;
    @Autowired FeedbackLoop feedback;
    @Autowired JdbcClient jdbc;
    @Autowired RateLimiter limiter;

    @AfterEach
    void forgetRateLimits() {
        RateLimits.clear(jdbc);
    }

    @Test
    void showsRolePromisePhasesAndContactPersonInPlainWords() {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);

        HttpResponse<String> page = new Resident(baseUrl()).get("/trajecten/" + process);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Eenzaamheid in de wijk", world.collaboration().name(), world.collaboration().region())
                .contains("Uw rol", "U mag uw mening geven. Wij nemen die mee, maar beslissen zelf.")
                .contains("Wat wij beloven", "Welke activiteiten er komen.", "Het budget staat vast.", "De wethouder")
                .contains("U krijgt binnen 14 dagen antwoord op uw inbreng.")
                .contains("Ideeën ophalen", "Nu bezig", today().minusDays(10).format(LONG_DUTCH))
                .contains("Inwoners doen mee vanaf deze stap: Ideeën ophalen.")
                .contains("mailto:" + world.coordinatorEmail())
                .contains("Ik geef toestemming dat " + world.collaboration().name() + " deze gegevens bewaart")
                .contains("maximaal 10.000 tekens")
                .contains("Er is nog geen inbreng. Daarom zijn er nog geen cijfers.");
    }

    @Test
    void anAnonymousResidentGetsAFollowCodeAndTheDateOfTheAnswer() {
        UUID process = fixtures.aProcess(fixtures.aCollaborationWithStaff());
        Resident resident = new Resident(baseUrl());

        HttpResponse<String> sent = resident.giveInput(process, Map.of("text", "Een koffieochtend in het buurthuis"));

        assertThat(sent.statusCode()).isEqualTo(303);
        String code = Resident.followCode(sent);
        HttpResponse<String> thanks = resident.get(Resident.location(sent));
        assertThat(thanks.statusCode()).isEqualTo(200);
        assertThat(thanks.body())
                .contains("Bedankt voor uw inbreng", code, "Schrijf deze code op")
                .contains("U krijgt uiterlijk " + today().plusDays(14).format(LONG_DUTCH) + " antwoord.")
                .contains("U wilde geen bericht van ons.");
    }

    @Test
    void neverShowsTheNameOrContactDetailsOfAResident() {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        Resident resident = new Resident(baseUrl());

        HttpResponse<String> sent = resident.giveInput(process, Map.of("text", "Meer bankjes langs de dijk",
                "publish", "true", "name", "Hendrika Zwanenburg", "contactBy", "EMAIL",
                "email", "hendrika.zwanenburg@example.org", "consent", "true"));
        assertThat(sent.statusCode()).isEqualTo(303);
        String code = Resident.followCode(sent);
        var input = views.byFollowCode(code).orElseThrow();
        feedback.answer(world.collaboration().id(), input.id(), FeedbackStatus.ADOPTED, "Er komen drie bankjes.",
                world.coordinatorId(), "test");

        for (String path : new String[] {"/trajecten/" + process, "/volg/" + code, "/volg/" + code + "?nieuw"}) {
            String body = new Resident(baseUrl()).get(path).body();
            assertThat(body).contains("Meer bankjes langs de dijk", "Er komen drie bankjes.")
                    .doesNotContain("Hendrika", "Zwanenburg", "hendrika.zwanenburg@example.org");
        }
    }

    @Test
    void listsOnlyInputWhoseAuthorAllowedIt() {
        UUID process = fixtures.aProcess(fixtures.aCollaborationWithStaff());
        intake.receiveOnline(process, "Dit mag iedereen lezen", true, Author.anonymous());
        intake.receiveOnline(process, "Dit is alleen voor de medewerkers", false, Author.anonymous());

        String body = new Resident(baseUrl()).get("/trajecten/" + process).body();

        assertThat(body).contains("Dit mag iedereen lezen").doesNotContain("Dit is alleen voor de medewerkers");
        assertThat(body).contains("2</strong> <span>keer inbreng ontvangen")
                .contains("Bij geen enkele inbreng is de tijd voor het antwoord al voorbij.");
    }

    @Test
    void refusesContactDetailsWithoutConsentAndStoresNothing() {
        UUID process = fixtures.aProcess(fixtures.aCollaborationWithStaff());
        long before = inputsOf(process);

        HttpResponse<String> refused = new Resident(baseUrl()).giveInput(process, Map.of("text", "Graag een wandelclub",
                "contactBy", "EMAIL", "email", "jan@example.org"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("Niet alles is goed ingevuld", "href=\"#consent\"")
                .contains("Zet dan een vinkje bij toestemming.")
                .contains("aria-describedby=\"consent-hint consent-fout\"", "aria-invalid=\"true\"")
                .contains("Graag een wandelclub", "value=\"jan@example.org\"");
        assertThat(inputsOf(process)).isEqualTo(before);
    }

    @Test
    void asksForTheEmailAddressWhenAnswerByEmailIsChosen() {
        UUID process = fixtures.aProcess(fixtures.aCollaborationWithStaff());
        long before = inputsOf(process);

        HttpResponse<String> refused = new Resident(baseUrl()).giveInput(process, Map.of("text", "Idee",
                "contactBy", "EMAIL", "email", "  ", "consent", "true"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("U koos antwoord per e-mail. Vul uw e-mailadres in.", "id=\"email-fout\"");
        assertThat(inputsOf(process)).isEqualTo(before);
    }

    @Test
    void explainsAWrongEmailAddressNextToTheField() {
        UUID process = fixtures.aProcess(fixtures.aCollaborationWithStaff());
        long before = inputsOf(process);

        HttpResponse<String> refused = new Resident(baseUrl()).giveInput(process, Map.of("text", "Idee",
                "contactBy", "EMAIL", "email", "jan-at-example", "consent", "true"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Dit e-mailadres klopt niet.", "id=\"email-fout\"");
        assertThat(inputsOf(process)).isEqualTo(before);
    }

    @Test
    void asksForTextAndKeepsEverythingElseThatWasTyped() {
        UUID process = fixtures.aProcess(fixtures.aCollaborationWithStaff());

        HttpResponse<String> refused = new Resident(baseUrl()).giveInput(process, Map.of("text", " ",
                "contactBy", "PHONE", "phone", "0612345678", "consent", "true"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Schrijf uw inbreng in het tekstvak.", "value=\"0612345678\"")
                .containsPattern("value=\"PHONE\"\\s+checked");
    }

    @Test
    void stopsAFloodOfSubmissionsFromOneAddressWithoutStoringIt() {
        UUID process = fixtures.aProcess(fixtures.aCollaborationWithStaff());
        long before = inputsOf(process);
        RateLimits.exhaust(limiter, "input:", 60);

        HttpResponse<String> stopped = new Resident(baseUrl()).giveInput(process, Map.of("text", "Nog een idee"));

        assertThat(stopped.statusCode()).isEqualTo(429);
        assertThat(stopped.body()).contains("Even wachten", "Wacht tien minuten", "Nog een idee");
        assertThat(inputsOf(process)).isEqualTo(before);
    }

    @Test
    void answersNotFoundForAnUnknownOrMalformedProcess() {
        Resident resident = new Resident(baseUrl());
        assertThat(resident.get("/trajecten/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
        assertThat(resident.get("/trajecten/niet-een-id").statusCode()).isEqualTo(404);
        HttpResponse<String> page = resident.get("/trajecten/12345");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Deze pagina bestaat niet");
        resident.get("/trajecten/" + fixtures.aProcess(fixtures.aCollaborationWithStaff()));
        assertThat(resident.post("/trajecten/niet-een-id/inbreng", Map.of("text", "x")).statusCode()).isEqualTo(404);
    }

    @Test
    void sendsAReloadOfTheFormAddressBackToTheProcessPage() {
        UUID process = fixtures.aProcess(fixtures.aCollaborationWithStaff());

        HttpResponse<String> reload = new Resident(baseUrl()).get("/trajecten/" + process + "/inbreng?lang=en");

        assertThat(reload.statusCode()).isEqualTo(303);
        assertThat(Resident.location(reload)).endsWith("/trajecten/" + process + "#uw-inbreng");
    }

    @Test
    void pagesThroughPublishedInputTwentyAtATime() {
        UUID process = fixtures.aProcess(fixtures.aCollaborationWithStaff());
        for (int i = 1; i <= 21; i++) {
            intake.receiveOnline(process, "Inbreng nummer " + i + ".", true, Author.anonymous());
        }
        Resident resident = new Resident(baseUrl());

        String first = resident.get("/trajecten/" + process).body();
        assertThat(first).contains("Inbreng nummer 21.", "Inbreng nummer 2.", "Oudere inbreng")
                .doesNotContain("Inbreng nummer 1.");
        String olderLink = first.replaceAll("(?s).*href=\"([^\"]*voor=[0-9]+[^\"]*)\".*", "$1").replace("&amp;", "&");
        String older = resident.get(olderLink).body();
        assertThat(older).contains("Inbreng nummer 1.", "Terug naar de nieuwste inbreng")
                .doesNotContain("Inbreng nummer 2.");
        assertThat(resident.get("/trajecten/" + process + "?voor=abc").statusCode()).isEqualTo(200);
    }

    @Test
    void showsHowFastAnswersCameAndWhatThatCounts() {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        var receipt = intake.receiveOnline(process, "Vraag over de bus", true, Author.anonymous());
        intake.receiveOnline(process, "Nog een vraag", true, Author.anonymous());
        feedback.answer(world.collaboration().id(), receipt.id(), FeedbackStatus.ALREADY_EXISTS,
                "Er rijdt al een buurtbus.", world.coordinatorId(), "test");

        String body = new Resident(baseUrl()).get("/trajecten/" + process).body();

        assertThat(body).contains("Hoe snel wij antwoorden", "100%", "Bestaat al", "Er rijdt al een buurtbus.")
                .contains("Dat is 1 keer. Daarvan kreeg 1 keer op tijd antwoord.");
    }

    @Test
    void speaksEnglishWhenAsked() {
        UUID process = fixtures.aProcess(fixtures.aCollaborationWithStaff());
        Resident resident = new Resident(baseUrl());

        String body = resident.get("/trajecten/" + process + "?lang=en").body();

        assertThat(body).contains("lang=\"en\"", "Your role", "You may give your opinion.", "What we promise",
                "Give your input", "How would you like to hear from us?", "How fast we answer")
                .doesNotContain("Uw rol");
        assertThat(resident.get("/volg").body()).contains("Follow your input", "Your follow code");
    }

    @Test
    void homePageListsProcessesWithTheirCollaborationAndTheWayToFollowInput() {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);

        String body = new Resident(baseUrl()).get("/").body();

        assertThat(body).contains("/trajecten/" + process, "<h3 dir=\"auto\">" + world.collaboration().name() + "</h3>",
                "We willen weten wat u helpt om minder alleen te zijn.", "Regio: " + world.collaboration().region(),
                "href=\"/volg\"");
    }

    private long inputsOf(UUID process) {
        return jdbc.sql("SELECT count(*) FROM input WHERE process_id = :p").param("p", process).query(Long.class).single();
    }
}
