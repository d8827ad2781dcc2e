package nl.samenspraak.roles.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Locale;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.Fixtures.World;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.pool.PoolTestData;
import nl.samenspraak.resident.ContactChannel;
import nl.samenspraak.resident.ResidentDetails;
import nl.samenspraak.resident.Residents;
import nl.samenspraak.roles.RoleKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

/** The role pages as staff and the public use them: what each role sees, bad input, and holders from commitments. */
class RolePagesTest extends IntegrationTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Autowired Fixtures fixtures;
    @Autowired RoleCatalogue catalogue;
    @Autowired Residents residents;
    @Autowired JdbcClient jdbc;
    @Autowired MessageSource messages;

    @Test
    void aViewerSeesCountsButNoNamesAndAProfessionalsLookAtNamesIsAudited() throws Exception {
        World world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        String slug = world.collaboration().slug();
        RoleRow board = role(c, RoleKind.RESIDENT_BOARD_MEMBER);
        UUID anna = aResident(c, "Annabel Zichtbaar");
        catalogue.addHolding(c, board.id(), new RoleCatalogue.NewHolding(nl.samenspraak.roles.HolderKind.RESIDENT, anna,
                null, null, today().minusMonths(2), null), "test");

        String asViewer = body(get("/beheer/{slug}/rollen/{id}", slug, board.id()), world.viewerEmail(), 200);
        assertThat(asViewer).doesNotContain("Annabel").contains(msg("roles.staff.namesHidden"));
        String list = body(get("/beheer/{slug}/rollen", slug), world.viewerEmail(), 200);
        assertThat(list).contains(msg("roles.staff.decision.gap")).doesNotContain("Annabel");

        long before = audits(c, world.professionalEmail());
        String asProfessional = body(get("/beheer/{slug}/rollen/{id}", slug, board.id()), world.professionalEmail(), 200);
        assertThat(asProfessional).contains("Annabel Zichtbaar");
        assertThat(audits(c, world.professionalEmail())).isEqualTo(before + 1);
    }

    @Test
    void theCoordinatorPutsAResidentInARoleFromTheirCommitmentWithItsDates() throws Exception {
        World world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        String slug = world.collaboration().slug();
        UUID bea = aResident(c, "Bea Toegezegd");
        UUID commitment = PoolTestData.get().anAgreedCommitment(context, world, bea, "RESIDENT_BOARD_MEMBER", today());
        RoleRow board = role(c, RoleKind.RESIDENT_BOARD_MEMBER);

        String form = body(get("/beheer/{slug}/rollen/{id}", slug, board.id()), world.coordinatorEmail(), 200);
        assertThat(form).contains("commitment:" + commitment).contains("Bea Toegezegd");

        mvc.perform(post("/beheer/{slug}/rollen/{id}/houders", slug, board.id()).param("holder", "commitment:" + commitment)
                .param("from", "").param("until", "").with(as(world.coordinatorEmail())).with(csrf()))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(303));

        var stored = catalogue.holdingsOf(c, board.id());
        assertThat(stored).singleElement().satisfies(h -> {
            assertThat(h.residentId()).isEqualTo(bea);
            assertThat(h.commitmentId()).isEqualTo(commitment);
            assertThat(h.from()).isEqualTo(today());
            assertThat(h.until()).isNull();
        });
        String list = body(get("/beheer/{slug}/rollen", slug), world.viewerEmail(), 200);
        assertThat(list).contains(messages.getMessage("roles.staff.decision.count", new Object[] {1}, DUTCH));
    }

    @Test
    void badHolderFormsAnswer422WithTheMessageAndStoreNothing() throws Exception {
        World world = fixtures.aCollaborationWithStaff();
        World other = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        String slug = world.collaboration().slug();
        RoleRow member = role(c, RoleKind.RESIDENT_MEMBER);
        UUID mine = aResident(c, "Cas Eigen");
        UUID theirs = aResident(other.collaboration().id(), "Dirk Ander");
        String[][] cases = {
                {"resident:" + theirs, today().toString(), "", "roles.error.holder"},
                {"resident:not-a-uuid", today().toString(), "", "roles.error.holder"},
                {"martian:" + mine, today().toString(), "", "roles.error.holder"},
                {"staff:" + world.coordinatorId(), today().toString(), "", "roles.error.notForStaff"},
                {"resident:" + mine, "31-02-2025", "", "roles.error.date"},
                {"resident:" + mine, today().toString(), today().minusDays(3).toString(), "roles.error.untilBeforeFrom"},
                {"resident:" + mine, "x".repeat(5000), "", "roles.error.date"},
        };
        for (String[] bad : cases) {
            String page = body(post("/beheer/{slug}/rollen/{id}/houders", slug, member.id()).param("holder", bad[0])
                    .param("from", bad[1]).param("until", bad[2]).with(csrf()), world.coordinatorEmail(), 422);
            assertThat(page).as(bad[0] + " " + bad[1]).contains(msg(bad[3]));
        }
        assertThat(catalogue.holdingsOf(c, member.id())).isEmpty();
        assertThat(body(get("/beheer/{slug}/rollen/{id}", slug, member.id()), other.coordinatorEmail(), 404)).isNotNull();
        mvc.perform(post("/beheer/{slug}/rollen/{id}/houders", slug, member.id()).param("holder", "resident:" + mine)
                .param("from", today().toString()).with(as(world.professionalEmail())).with(csrf()))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(403));
        assertThat(catalogue.holdingsOf(c, member.id())).isEmpty();
    }

    @Test
    void aRoleFormWithoutANameOrAboveB1IsSentBackAndANewRoleIsPublic() throws Exception {
        World world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        String slug = world.collaboration().slug();
        String empty = body(post("/beheer/{slug}/rollen/nieuw", slug).param("name", "").param("expected", "Koken.")
                .param("offered", "Een maaltijd.").param("forResidents", "true").with(csrf()), world.coordinatorEmail(), 422);
        assertThat(empty).contains(msg("roles.error.nameRequired"));
        String hard = "De implementatie van intersectorale beleidsinterventies vereist een integrale, domeinoverstijgende "
                + "governancestructuur waarin stakeholders hun verantwoordelijkheden conform de kaderstellende "
                + "uitgangspunten operationaliseren.";
        String above = body(post("/beheer/{slug}/rollen/nieuw", slug).param("name", "Buurtkok").param("expected", hard)
                .param("offered", "Een maaltijd.").param("forResidents", "true").with(csrf()), world.coordinatorEmail(), 422);
        assertThat(above).contains(msg("language.confirm.required"));
        assertThat(jdbc.sql("SELECT count(*) FROM roles_role WHERE collaboration_id = :c AND kind = 'CUSTOM'")
                .param("c", c).query(Integer.class).single()).isZero();

        mvc.perform(post("/beheer/{slug}/rollen/nieuw", slug).param("name", "Buurtkok")
                .param("expected", "U kookt een keer per maand voor de buren.").param("offered", "U krijgt de boodschappen terug.")
                .param("forResidents", "true").with(as(world.coordinatorEmail())).with(csrf()))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(303));
        String publicPage = mvc.perform(get("/samenwerkingen/{slug}/rollen", slug).param("lang", "en"))
                .andReturn().getResponse().getContentAsString();
        assertThat(publicPage).contains("Buurtkok").contains("U kookt een keer per maand voor de buren.")
                .contains(messages.getMessage("roles.standard.RESIDENT_BOARD_MEMBER.expected", null, Locale.ENGLISH)
                        .replace("'", "&#39;"));
    }

    @Test
    void thePublicPageShowsHowManyHoldEachRoleButNoNames() throws Exception {
        World world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        RoleRow board = role(c, RoleKind.RESIDENT_BOARD_MEMBER);
        UUID eva = aResident(c, "Eva Geheimhouder");
        catalogue.addHolding(c, board.id(), new RoleCatalogue.NewHolding(nl.samenspraak.roles.HolderKind.RESIDENT, eva,
                null, null, today().minusYears(1), null), "test");
        String page = mvc.perform(get("/samenwerkingen/{slug}/rollen", world.collaboration().slug()))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("Eva").contains(messages.getMessage("roles.public.holders", new Object[] {1, 0}, DUTCH));
    }

    private String body(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String email,
                        int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(as(email))).andReturn().getResponse();
        assertThat(response.getStatus()).as(request.toString()).isEqualTo(status);
        return response.getContentAsString();
    }

    private String msg(String key) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(messages.getMessage(key, null, DUTCH));
    }

    private long audits(UUID c, String actor) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE collaboration_id = :c AND actor = :a AND action = 'roles.holders.view'")
                .param("c", c).param("a", actor).query(Long.class).single();
    }

    private RoleRow role(UUID c, RoleKind kind) {
        return catalogue.roles(c, false).stream().filter(r -> r.kind() == kind).findFirst().orElseThrow();
    }

    private UUID aResident(UUID c, String name) {
        return residents.register(c, new ResidentDetails(name, null, "0612345678", null, ContactChannel.PHONE, "nl"));
    }
}
