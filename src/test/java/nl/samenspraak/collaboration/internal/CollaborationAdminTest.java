package nl.samenspraak.collaboration.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.samenspraak.AdminFixtures;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccounts;
import nl.samenspraak.collaboration.MemberOrganisation;
import nl.samenspraak.collaboration.MemberOrganisation.OrganisationType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class CollaborationAdminTest extends IntegrationTest {

    @Autowired java.time.Clock clock;

    @Autowired StaffAccounts accounts;
    @Autowired Collaborations collaborations;
    @Autowired Fixtures fixtures;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    String admin;

    @BeforeEach
    void setUp() {
        admin = AdminFixtures.aPlatformAdmin(accounts);
    }

    @Test
    void listsCollaborationsWithTheirNumberOfStaff() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        String list = body(get("/admin"));
        assertThat(list).contains(world.collaboration().name(),
                "href=\"/admin/samenwerkingsverbanden/" + world.collaboration().slug() + "\"");
        assertThat(list).containsPattern(world.collaboration().slug() + "</td>\\s*<td>" + world.collaboration().region()
                + "</td>\\s*<td>3</td>");
    }

    @Test
    void rejectsTakenSlugWithMessageAndCreatesNothing() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        String name = "Dubbel " + AdminFixtures.unique();
        String page = mvc.perform(asAdmin(newCollaboration(world.collaboration().slug(), name)))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Deze korte naam is al in gebruik. Kies een andere.", "id=\"slug-fout\"",
                "aria-invalid=\"true\"", name);
        assertThat(collaborations.all()).extracting(Collaboration::name).doesNotContain(name);
        assertThat(collaborations.findBySlug(world.collaboration().slug()).orElseThrow().name())
                .isEqualTo(world.collaboration().name());
    }

    @Test
    void rejectsInvalidSlugAndBlankNameWithMessages() throws Exception {
        String page = mvc.perform(asAdmin(newCollaboration("Samen Gezond!", "   ")))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Vul de naam in.", "Gebruik alleen kleine letters, cijfers en streepjes.",
                "href=\"#name\"", "href=\"#slug\"", "value=\"Samen Gezond!\"");
        assertThat(collaborations.findBySlug("Samen Gezond!")).isEmpty();
    }

    @Test
    void rejectsOrganisationWithoutTypeAndKeepsWhatWasTyped() throws Exception {
        String slug = "zonder-soort-" + AdminFixtures.unique();
        String page = mvc.perform(asAdmin(newCollaboration(slug, "Zonder soort"))
                        .param("organisationName", "Buurtzorg", "Wijkteam")
                        .param("organisationType", "CARE_PROVIDER", "NO_SUCH_TYPE"))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Kies wat voor soort organisatie dit is.", "id=\"organisation-1-type-fout\"",
                "value=\"Wijkteam\"", "value=\"Buurtzorg\"");
        assertThat(collaborations.findBySlug(slug)).isEmpty();
    }

    @Test
    void staffWithoutAdminRightsAreRefused() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        var coordinator = as(world.coordinatorEmail());
        String slug = "niet-toegestaan-" + AdminFixtures.unique();

        mvc.perform(get("/admin").with(coordinator)).andExpect(status().isForbidden());
        mvc.perform(newCollaboration(slug, "Niet toegestaan").with(coordinator).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/samenwerkingsverbanden/" + world.collaboration().slug() + "/medewerkers")
                        .param("email", world.viewerEmail()).param("role", "COORDINATOR").with(coordinator).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(collaborations.findBySlug(slug)).isEmpty();
        assertThat(accounts.staffOf(world.collaboration().id()))
                .filteredOn(m -> m.email().equals(world.viewerEmail())).extracting(StaffAccounts.StaffMember::role)
                .containsExactly(Role.VIEWER);
    }

    @Test
    void anonymousVisitorsAreSentToLogin() throws Exception {
        for (String page : new String[] {"/admin", "/beheer", "/admin/samenwerkingsverbanden/iets"}) {
            assertThat(mvc.perform(get(page)).andExpect(status().isFound()).andReturn().getResponse()
                    .getRedirectedUrl()).endsWith("/login");
        }
    }

    @Test
    void hostileInputIsRefusedOrEscapedNeverExecuted() throws Exception {
        String script = "<script>alert(1)</script>";
        String slug = "xss-" + AdminFixtures.unique();
        String huge = "x".repeat(64 * 1024);

        String tooLong = mvc.perform(asAdmin(newCollaboration("lang-" + AdminFixtures.unique(), huge + script))
                        .param("organisationName", script + huge).param("organisationType", "GGD"))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();
        assertThat(tooLong).contains("De naam is te lang.", "De naam van de organisatie is te lang.")
                .doesNotContain(script).contains("&lt;script&gt;");

        mvc.perform(asAdmin(newCollaboration(slug, script)).param("region", "'; DROP TABLE collaboration; --")
                        .param("organisationName", script).param("organisationType", "OTHER"))
                .andExpect(status().isFound());
        String detail = body(get("/admin/samenwerkingsverbanden/" + slug));
        assertThat(detail).doesNotContain(script).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(body(get("/admin"))).doesNotContain(script);

        String staffPage = mvc.perform(asAdmin(post("/admin/samenwerkingsverbanden/" + slug + "/medewerkers"))
                        .param("email", script + "@x.nl").param("displayName", script).param("role", script))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();
        assertThat(staffPage).contains("Dit is geen goed e-mailadres.", "Kies een rol.").doesNotContain(script);

        mvc.perform(asAdmin(get("/admin/samenwerkingsverbanden/" + script))).andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder newCollaboration(String slug, String name) {
        return post("/admin/samenwerkingsverbanden").param("name", name).param("slug", slug)
                .param("region", "Texel").param("description", "Wij werken samen aan gezond oud worden.")
                .param("targetGroups", "ouderen, mantelzorgers,, ouderen");
    }

    private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(as(admin)).with(csrf());
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(asAdmin(request)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
