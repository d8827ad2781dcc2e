package nl.samenspraak.resident.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.resident.ContactChannel;
import nl.samenspraak.resident.Participations;
import nl.samenspraak.resident.ResidentDetails;
import nl.samenspraak.resident.Residents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;

/** Population figures in, comparison out: all-or-nothing imports, and no small group ever shown. */
class RepresentationTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired Residents residents;
    @Autowired Demographics demographics;
    @Autowired Participations participations;
    @Autowired Populations populations;
    @Autowired Representation representation;
    @Autowired Collaborations collaborations;
    @Autowired JdbcClient jdbc;

    @Test
    void importsAValidFileAndRejectsAHostileOneWithoutStoringAnything() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID area = populations.createArea(world.collaboration().id(), "Apeldoorn", world.coordinatorId(), "test");
        String slug = world.collaboration().slug();

        MockHttpServletResponse ok = upload(world, area, "\uFEFFdimensie;groep;aantal\nleeftijd;16-24;1450\ngeslacht;vrouw;6200\n"
                + "postcode;7311;3400\r\nherkomst;buiten-europa;800\n");
        assertThat(ok.getStatus()).isEqualTo(302);
        String before = snapshot(area);
        assertThat(before).contains("A16_24=1450", "WOMAN=6200", "7311=3400", "OUTSIDE_EUROPE=800");

        for (String[] hostile : new String[][] {
                {"leeftijd;16-24\n", "precies drie kolommen"},
                {"leeftijd;16-24;=SUM(A1:A9)\n", "formule"},
                {"=cmd|' /C calc'!A0;16-24;5\n", "formule"},
                {"leeftijd;16-24;-5\n", "kleiner dan 0"},
                {"leeftijd;16-24;10\nlengte;groot;5\n", "Regel 2"},
                {"leeftijd;16-24;veel\n", "geen heel getal"},
                {"leeftijd;16-24;5\nleeftijd;16-24;6\n", "al eerder"},
                {"", "leeg"},
                {"leeftijd;16-24;5\n".repeat(8000), "te groot"}}) {
            MockHttpServletResponse response = upload(world, area, hostile[0]);
            assertThat(response.getStatus()).as(hostile[1]).isEqualTo(422);
            assertThat(response.getContentAsString()).as(hostile[1]).contains(hostile[1], "Er is niets veranderd");
            assertThat(snapshot(area)).as("nothing stored after " + hostile[1]).isEqualTo(before);
        }
        MockHttpServletResponse binary = mvc.perform(multipart("/beheer/{slug}/wie-doet-mee/bevolking/{id}/import", slug, area)
                .file(new MockMultipartFile("bestand", "x.csv", "text/csv", new byte[] {(byte) 0xC3, 0x28, 0x3B}))
                .with(as(world.coordinatorEmail())).with(csrf())).andReturn().getResponse();
        assertThat(binary.getContentAsString()).contains("geen tekstbestand");
    }

    @Test
    void typedCountsMustBeWholeNumbersAndARejectedFormStoresNothing() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID area = populations.createArea(world.collaboration().id(), "Wijk Zuid", world.coordinatorId(), "test");

        MockHttpServletResponse bad = mvc.perform(post("/beheer/{slug}/wie-doet-mee/bevolking/{id}", world.collaboration().slug(), area)
                .param("n-AGE-A16_24", "120").param("n-AGE-A75", "-3").with(as(world.coordinatorEmail())).with(csrf()))
                .andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat(bad.getContentAsString()).contains("heel getal", "aria-invalid=\"true\"", "n-AGE-A75-fout");
        assertThat(snapshot(area)).isEmpty();

        mvc.perform(post("/beheer/{slug}/wie-doet-mee/bevolking/{id}", world.collaboration().slug(), area)
                .param("n-AGE-A16_24", "1.200").param("n-AGE-A75", "300").with(as(world.coordinatorEmail())).with(csrf()));
        assertThat(snapshot(area)).contains("A16_24=1200", "A75=300");
    }

    @Test
    void namesMissingAndUnderRepresentedGroupsAndNeverShowsASmallCount() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID partner = collaborations.registeredOrganisations(c).getFirst().id();
        UUID area = populations.createArea(c, "Dorp", world.coordinatorId(), "test");
        populations.replace(c, area, java.util.List.of(Dimension.values()), Map.of(Dimension.AGE,
                Map.of("A16_24", 2000L, "A25_44", 3000L, "A45_64", 3000L, "A65_74", 1000L, "A75", 1000L)),
                world.coordinatorId(), "test", "typed");
        // 30 participants: 24 aged 65-74 (online), 4 aged 45-64 (door to door, via the partner), 2 not answering.
        for (int i = 0; i < 30; i++) {
            UUID r = residents.register(c, new ResidentDetails("Deelnemer " + i, null, null, null, ContactChannel.NONE, "nl"));
            boolean door = i >= 24 && i < 28;
            participations.record(c, r, new Participations.Participation(Participations.Kind.POOL, null, null, null,
                    door ? "DOOR_TO_DOOR" : "ONLINE", door ? partner : null));
            if (i < 28) {
                demographics.save(c, r, Map.of(Dimension.AGE, door ? "A45_64" : "A65_74"), true);
            }
        }

        var comparison = representation.compare(c, Representation.Scope.parse("pool"), populations.counts(c, area));
        var age = comparison.dimensions().stream().filter(v -> v.dimension() == Dimension.AGE).findFirst().orElseThrow();

        assertThat(comparison.participants()).isEqualTo(30);
        assertThat(age.missing()).containsExactlyInAnyOrder("A16_24", "A25_44", "A75");
        assertThat(age.under()).containsExactly("A45_64");
        var cell45 = age.groups().stream().filter(g -> g.group().equals("A45_64")).findFirst().orElseThrow();
        assertThat(cell45.participants().state()).isEqualTo(Suppression.State.SMALL);
        assertThat(cell45.participantPercent()).isNull();
        var cell65 = age.groups().stream().filter(g -> g.group().equals("A65_74")).findFirst().orElseThrow();
        assertThat(cell65.participants().shown() && age.answered().shown())
                .as("24 and 28 both shown would give 28 - 24 = 4 away").isFalse();

        String page = mvc.perform(get("/beheer/{slug}/wie-doet-mee", world.collaboration().slug()).param("scope", "pool")
                .with(as(world.viewerEmail()))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("minder dan 10", "Ontbreekt", "Te weinig", "16 tot en met 24 jaar", "Gesprek aan de deur",
                "Gemeente ");
        assertThat(page).doesNotContain("<span>4</span>", "<span>24</span>");
    }

    @Test
    void anUnknownScopeAnswers404() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        for (String scope : new String[] {"process:" + UUID.randomUUID(), "nonsense", "series:not-a-uuid"}) {
            assertThat(mvc.perform(get("/beheer/{slug}/wie-doet-mee", world.collaboration().slug()).param("scope", scope)
                    .with(as(world.viewerEmail()))).andReturn().getResponse().getStatus()).isEqualTo(404);
        }
    }

    private MockHttpServletResponse upload(Fixtures.World world, UUID area, String csv) throws Exception {
        return mvc.perform(multipart("/beheer/{slug}/wie-doet-mee/bevolking/{id}/import", world.collaboration().slug(), area)
                .file(new MockMultipartFile("bestand", "bevolking.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(as(world.coordinatorEmail())).with(csrf())).andReturn().getResponse();
    }

    private String snapshot(UUID area) {
        return String.join(",", jdbc.sql("SELECT group_code || '=' || people FROM population_count WHERE area_id = :a ORDER BY 1")
                .param("a", area).query(String.class).list());
    }
}
