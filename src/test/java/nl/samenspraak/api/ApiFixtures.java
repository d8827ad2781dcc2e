package nl.samenspraak.api;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspraak.Fixtures;
import nl.samenspraak.TestClock;
import nl.samenspraak.account.ApiTokens;
import nl.samenspraak.account.StaffAccounts;

/** Tokens and request bodies with intent-revealing names, for the API tests. */
final class ApiFixtures {

    private ApiFixtures() {}

    static String tokenFor(ApiTokens tokens, StaffAccounts staff, String email, Fixtures.World world) {
        return tokens.issue(staff.idByEmail(email).orElseThrow(), world.collaboration().slug()).orElseThrow().token();
    }

    static Map<String, Object> aProcessBody(String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("summary", "We willen weten wat u helpt om minder alleen te zijn.");
        body.put("participationLevel", "ADVISING");
        body.put("answerWithinDays", 14);
        body.put("themes", List.of("eenzaamheid"));
        body.put("targetGroups", List.of("ouderen", "mantelzorgers"));
        body.put("area", "Centrum");
        body.put("promise", Map.of("open", "Welke activiteiten er komen.", "fixed", "Het budget staat vast.",
                "decides", "De wethouder", "when", "In juni"));
        body.put("firstInvolvedPhase", "Ideeën ophalen");
        body.put("phases", List.of(Map.of("name", "Ideeën ophalen", "startsOn", TestClock.today().minusDays(5).toString(),
                "endsOn", TestClock.today().plusDays(30).toString())));
        return body;
    }

    static Map<String, Object> anAnonymousInput(String text, LocalDate receivedOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", text);
        body.put("channel", "DOOR_TO_DOOR");
        body.put("receivedOn", receivedOn.toString());
        return body;
    }

    static Map<String, Object> anInputWithConsent(String text) {
        Map<String, Object> body = anAnonymousInput(text, TestClock.today());
        body.put("channel", "PAPER");
        body.put("author", Map.of("name", "Mevrouw De Vries", "postalAddress", "Dorpsstraat 1, 1234 AB Ons Dorp",
                "contactBy", "POST", "consent", true));
        body.put("publish", true);
        return body;
    }
}
