package nl.samenspraak.ripple.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.Fixtures.World;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.collaboration.CollaborationId;
import nl.samenspraak.resident.ResidentIdentity;
import nl.samenspraak.ripple.RippleMap;
import nl.samenspraak.ripple.RippleMaps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The rules of REM as a facilitator meets them on the pages, the map other modules read, the CSV and privacy. */
class RippleTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired RippleMaps maps;
    @Autowired RipplePersonalData personalData;

    private World world;
    private UUID process;
    private String session;
    private String base;

    @BeforeEach
    void aSession() throws Exception {
        world = fixtures.aCollaborationWithStaff();
        process = fixtures.aProcess(world);
        base = "/beheer/" + world.collaboration().slug() + "/effecten";
        MockHttpServletResponse started = mvc.perform(post(base).with(csrf()).with(as(world.professionalEmail()))
                        .param("heldOn", today().toString()).param("title", "Terugblik").param("facilitator", "Bram")
                        .param("residents", "Anja\nHenk").param("residentsCounted", "3")
                        .param("professionals", "Marieke Smit, Wijkteam").param("activities", "PROCESS:" + process))
                .andReturn().getResponse();
        assertThat(started.getStatus()).isEqualTo(303);
        session = started.getRedirectedUrl();
    }

    /** A complete effect form; {@code overrides} are field, value pairs that replace the defaults. */
    private MockHttpServletRequestBuilder anEffect(String url, String what, String... overrides) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("whatChanged", what);
        fields.put("forWhom", "ouderen");
        fields.put("valence", "POSITIVE");
        fields.put("intended", "true");
        fields.put("ring", "DIRECT");
        fields.put("capital", "SOCIAL");
        fields.put("grewFrom", "A:" + process);
        fields.put("happenedOn", today().toString());
        fields.put("tellerKind", "RESIDENT");
        fields.put("tellerName", "Anja");
        fields.put("tellerOrganisation", "");
        fields.put("story", "Ik ken nu mijn buren.");
        for (int i = 0; i + 1 < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(url).with(csrf()).with(as(world.professionalEmail()));
        fields.forEach(request::param);
        return request;
    }

    private UUID add(String what) throws Exception {
        String location = mvc.perform(anEffect(session, what)).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).contains("?toegevoegd=");
        return UUID.fromString(location.substring(location.indexOf('=') + 1));
    }

    private long effects() {
        return jdbc.sql("SELECT count(*) FROM ripple_effect WHERE collaboration_id = :c")
                .param("c", world.collaboration().id()).query(Long.class).single();
    }

    @Test
    void afterAddingAnEffectThePageNamesItAndOffersAnEmptyFormWithFocusOnTheFirstField() throws Exception {
        UUID id = add("Buren kennen elkaar");

        String page = mvc.perform(get(session + "?toegevoegd=" + id).with(as(world.professionalEmail())))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(message("ripple.staff.session.added", "Buren kennen elkaar"))
                .contains("role=\"status\"");
        assertThat(page).containsPattern("<input type=\"text\" id=\"whatChanged\" name=\"whatChanged\" value=\"\"[^>]*autofocus");
        assertThat(page).contains("Ik ken nu mijn buren.");
    }

    @Test
    void tamperedRingCapitalOrValenceIs422AndStoresNothing() throws Exception {
        for (String[] tampered : List.of(new String[] {"ring", "FAR_AWAY"}, new String[] {"capital", "SPIRITUAL"},
                new String[] {"valence", "<script>"}, new String[] {"intended", "misschien"},
                new String[] {"grewFrom", "A:not-a-uuid"}, new String[] {"happenedOn", "gisteren"})) {
            MockHttpServletResponse alone = mvc.perform(anEffect(session, "Buren kennen elkaar", tampered))
                    .andReturn().getResponse();
            assertThat(alone.getStatus()).as(tampered[0]).isEqualTo(422);
            assertThat(alone.getContentAsString()).as(tampered[0]).contains("foutmeldingen");
        }
        assertThat(effects()).isZero();
    }

    @Test
    void tooLongAndEmptyTextsAre422WithAMessage() throws Exception {
        MockHttpServletResponse tooLong = mvc.perform(anEffect(session, "x".repeat(201))).andReturn().getResponse();
        assertThat(tooLong.getStatus()).isEqualTo(422);
        assertThat(tooLong.getContentAsString()).contains(message("ripple.staff.error.tooLong"));
        MockHttpServletResponse empty = mvc.perform(anEffect(session, "  ")).andReturn().getResponse();
        assertThat(empty.getStatus()).isEqualTo(422);
        assertThat(empty.getContentAsString()).contains(message("ripple.staff.error.whatChanged"));
        assertThat(effects()).isZero();
    }

    @Test
    void aSessionCannotLookBackOnAnotherCollaborationsProcessNorAnEffectGrowFromIt() throws Exception {
        World other = fixtures.aCollaborationWithStaff();
        UUID theirs = fixtures.aProcess(other);
        long sessions = jdbc.sql("SELECT count(*) FROM ripple_session").query(Long.class).single();

        MockHttpServletResponse response = mvc.perform(post(base).with(csrf()).with(as(world.professionalEmail()))
                        .param("heldOn", today().toString()).param("title", "Terugblik").param("facilitator", "Bram")
                        .param("activities", "PROCESS:" + theirs)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains(message("ripple.staff.error.activity"));
        assertThat(jdbc.sql("SELECT count(*) FROM ripple_session").query(Long.class).single()).isEqualTo(sessions);

        MockHttpServletResponse effect = mvc.perform(anEffect(session, "Iets", "grewFrom", "A:" + theirs))
                .andReturn().getResponse();
        assertThat(effect.getStatus()).isEqualTo(422);
        assertThat(effects()).isZero();
    }

    @Test
    void anEffectCannotGrowFromItselfOrWhatGrewFromIt() throws Exception {
        UUID first = add("Buren kennen elkaar");
        String second = mvc.perform(anEffect(session, "Een koffieochtend", "grewFrom", "E:" + first))
                .andReturn().getResponse().getRedirectedUrl();
        UUID secondId = UUID.fromString(second.substring(second.indexOf('=') + 1));
        UUID third = UUID.fromString(mvc.perform(anEffect(session, "Vrijwilligers", "grewFrom", "E:" + secondId))
                .andReturn().getResponse().getRedirectedUrl().replaceAll(".*=", ""));

        for (UUID descendant : List.of(first, third)) {
            MockHttpServletResponse cycle = mvc.perform(anEffect(base + "/" + first + "/wijzigen", "Buren kennen elkaar",
                    "grewFrom", "E:" + descendant)).andReturn().getResponse();
            assertThat(cycle.getStatus()).isEqualTo(422);
            assertThat(cycle.getContentAsString()).contains(message(descendant.equals(first)
                    ? "ripple.staff.error.cycle" : "ripple.staff.error.cycle"));
        }
        assertThat(jdbc.sql("SELECT from_activity FROM ripple_effect WHERE id = :id").param("id", first)
                .query(UUID.class).single()).isEqualTo(process);

        // Removing the middle effect keeps the chain: the third now grows from the first.
        mvc.perform(post(base + "/" + secondId + "/verwijderen").with(csrf()).with(as(world.professionalEmail())));
        RippleMap map = maps.map(CollaborationId.of(world.collaboration().id()));
        assertThat(map.effects()).extracting(RippleMap.Effect::whatChanged).containsExactly("Buren kennen elkaar", "Vrijwilligers");
        assertThat(map.links()).contains(new RippleMap.Link(first, false, third));
    }

    @Test
    void theMapOtherModulesReadHasNoNamesAndItsDrawingIsAnAccessibleImage() throws Exception {
        add("Buren kennen elkaar");
        mvc.perform(anEffect(session, "Te veel werk", "valence", "NEGATIVE", "intended", "false",
                "ring", "COMMUNITY", "capital", "FINANCIAL"));

        RippleMap map = maps.map(CollaborationId.of(world.collaboration().id()));
        assertThat(map.activities()).singleElement().extracting(RippleMap.Activity::id).isEqualTo(process);
        assertThat(map.effects()).hasSize(2);
        assertThat(map.toString()).doesNotContain("Anja", "Henk", "Marieke", "Bram");

        String svg = maps.svg(CollaborationId.of(world.collaboration().id()), java.util.Locale.forLanguageTag("nl"));
        assertThat(svg).startsWith("<svg").contains("role=\"img\"", "<title id=\"rm-title\">", "<desc id=\"rm-desc\">",
                "viewBox=").doesNotContain("<script", "href=\"http");
        // Not colour alone: a pattern and a sign for negative, a dashed edge and a legend in words for not intended.
        assertThat(svg).contains("fill=\"url(#rm-negative)\"", ">2\u2212<", ">1+<", "stroke-dasharray=\"4 3\"",
                message("ripple.staff.svg.unintended"), message("ripple.staff.valence.NEGATIVE"),
                message("ripple.staff.capital.FINANCIAL"), message("ripple.staff.ring.COMMUNITY"), "marker-end");
        assertThat(svg).contains(message("ripple.staff.svg.desc", 2, 1, 1, 1, 0, 1));
    }

    @Test
    void theCsvNamesNoTellerAndCannotRunFormulas() throws Exception {
        add("=HYPERLINK(\"http://kwaad.example\")");
        MockHttpServletResponse csv = mvc.perform(get(base + "/export.csv").with(as(world.viewerEmail())))
                .andReturn().getResponse();
        String body = new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8);

        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(body).doesNotContain("Anja", "Marieke", "Bram").contains(",inwoner,", "'=HYPERLINK");
        assertThat(body.lines().count()).isEqualTo(2);
    }

    @Test
    void theMapPageShowsTheDrawingTheNestedListTheTableAndTheTimelineWithoutNames() throws Exception {
        UUID first = add("Buren kennen elkaar");
        mvc.perform(anEffect(session, "Een koffieochtend", "grewFrom", "E:" + first));
        String page = mvc.perform(get(base).with(as(world.viewerEmail()))).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<svg", message("ripple.staff.listTitle"), message("ripple.staff.tableTitle"),
                message("ripple.staff.timelineTitle"), "Een koffieochtend", "table-scroll")
                .doesNotContain("Anja", "Marieke", "id=\"heldOn\"");
        // Nested: the second effect is listed inside the first one's item.
        assertThat(page.indexOf("Een koffieochtend")).isGreaterThan(page.indexOf("Buren kennen elkaar"));
        assertThat(page).containsPattern("(?s)Buren kennen elkaar</span>.*?<ul>.*?Een koffieochtend");
    }

    @Test
    void aResidentsFirstNameIsExportedAndErasedButTheEffectStays() throws Exception {
        add("Buren kennen elkaar");
        var who = new ResidentIdentity(world.collaboration().id(), null, null, null, "Anja de Boer", null);

        assertThat(personalData.export(who)).extracting(s -> s.titleKey())
                .containsExactly("ripple.privacy.participants", "ripple.privacy.tellers");
        personalData.erase(who);

        assertThat(personalData.export(who)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM ripple_participant WHERE collaboration_id = :c AND name = 'Anja'")
                .param("c", world.collaboration().id()).query(Long.class).single()).isZero();
        assertThat(effects()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM ripple_participant WHERE collaboration_id = :c AND name = 'Henk'")
                .param("c", world.collaboration().id()).query(Long.class).single()).as("another resident keeps their name")
                .isEqualTo(1);
    }

    @Test
    void viewingASessionWithNamesIsAudited() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'ripple.session.view' AND actor = :a")
                .param("a", world.viewerEmail()).query(Long.class).single();
        String page = mvc.perform(get(session).with(as(world.viewerEmail()))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Marieke Smit").doesNotContain("id=\"whatChanged\"");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'ripple.session.view' AND actor = :a")
                .param("a", world.viewerEmail()).query(Long.class).single()).isEqualTo(before + 1);
    }

    @Test
    void aSessionWithoutEffectsCanBeRemovedButOneWithEffectsOrOfAnotherCollaborationCannot() throws Exception {
        String remove = session + "/verwijderen";
        UUID effect = add("Buren kennen elkaar");
        assertThat(mvc.perform(post(remove).with(csrf()).with(as(world.viewerEmail()))).andReturn().getResponse()
                .getStatus()).as("a viewer only reads").isEqualTo(403);
        MockHttpServletResponse refused = mvc.perform(post(remove).with(csrf()).with(as(world.professionalEmail())))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(refused.getContentAsString()))
                .contains(message("ripple.staff.error.sessionHasEffects"));
        assertThat(effects()).isEqualTo(1);

        World other = fixtures.aCollaborationWithStaff();
        assertThat(mvc.perform(post(remove.replace(world.collaboration().slug(), other.collaboration().slug()))
                .with(csrf()).with(as(other.professionalEmail()))).andReturn().getResponse().getStatus())
                .as("another collaboration's session").isEqualTo(404);

        mvc.perform(post(base + "/" + effect + "/verwijderen").with(csrf()).with(as(world.professionalEmail())));
        MockHttpServletResponse removed = mvc.perform(post(remove).with(csrf()).with(as(world.professionalEmail())))
                .andReturn().getResponse();
        assertThat(removed.getStatus()).isEqualTo(303);
        assertThat(removed.getRedirectedUrl()).endsWith("/effecten?sessieVerwijderd");
        UUID c = world.collaboration().id();
        for (String table : List.of("ripple_session", "ripple_participant", "ripple_activity")) {
            assertThat(jdbc.sql("SELECT count(*) FROM " + table + " WHERE collaboration_id = :c").param("c", c)
                    .query(Long.class).single()).as(table).isZero();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'ripple.session.remove' AND actor = :a")
                .param("a", world.professionalEmail()).query(Long.class).single()).isEqualTo(1);
        assertThat(mvc.perform(get(session).with(as(world.viewerEmail()))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    private String message(String key, Object... args) {
        return context.getBean(org.springframework.context.MessageSource.class)
                .getMessage(key, args, java.util.Locale.forLanguageTag("nl"));
    }
}
