package nl.samenspraak.account.internal;

import nl.samenspraak.AdminFixtures;
import nl.samenspraak.account.ApiTokens;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.collaboration.Collaborations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The platform administrator ends a person's role; a collaboration always keeps a coordinator. */
class StaffRevokeTest extends IntegrationTest {

    @Autowired StaffAccounts accounts;
    @Autowired ApiTokens tokens;
    @Autowired Collaborations collaborations;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    String admin;

    @BeforeEach
    void setUp() {
        admin = AdminFixtures.aPlatformAdmin(accounts);
    }

    @Test
    void revokesTheRoleOfAStaffMember() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID professional = accounts.idByEmail(world.professionalEmail()).orElseThrow();
        String path = "/admin/samenwerkingsverbanden/" + world.collaboration().slug();
        assertThat(body(get(path))).contains("id=\"intrekken-" + professional + "\"", "Rol intrekken");

        mvc.perform(asAdmin(revoke(world.collaboration(), professional)))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(path + "#medewerkers"));

        assertThat(accounts.staffOf(world.collaboration().id())).extracting(StaffAccounts.StaffMember::email)
                .containsExactlyInAnyOrder(world.coordinatorEmail(), world.viewerEmail());
        assertThat(accounts.memberships(professional)).isEmpty();
        assertThat(mvc.perform(asAdmin(get(path)).flashAttr("revoked", world.professionalEmail())).andReturn()
                .getResponse().getContentAsString())
                .contains(world.professionalEmail() + " heeft geen rol meer in dit samenwerkingsverband.");
        assertThat(jdbc.sql("SELECT result FROM audit_entry WHERE collaboration_id = :c AND action = 'membership.revoke' AND actor = :a")
                .param("c", world.collaboration().id()).param("a", admin).query(String.class).list())
                .containsExactly("PROFESSIONAL");
    }

    @Test
    void refusesToRevokeTheLastCoordinatorWithAClearMessage() throws Exception {
        var world = fixtures.aCollaborationWithStaff();

        String page = mvc.perform(asAdmin(revoke(world.collaboration(), world.coordinatorId())))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Dit is de laatste coördinator. Inwoners hebben altijd een vaste contactpersoon nodig.",
                "href=\"#intrekken-" + world.coordinatorId() + "\"", "id=\"intrekken-" + world.coordinatorId() + "-fout\"");
        assertThat(accounts.coordinatorOf(world.collaboration().id())).map(StaffAccounts.Contact::email)
                .contains(world.coordinatorEmail());
        assertThat(accounts.staffOf(world.collaboration().id())).hasSize(3);
    }

    @Test
    void revokesACoordinatorWhenAnotherCoordinatorRemains() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID viewer = accounts.idByEmail(world.viewerEmail()).orElseThrow();
        accounts.grant(viewer, world.collaboration().id(), Role.COORDINATOR, "test");

        mvc.perform(asAdmin(revoke(world.collaboration(), world.coordinatorId()))).andExpect(status().isFound());

        assertThat(accounts.coordinatorOf(world.collaboration().id())).map(StaffAccounts.Contact::email)
                .contains(world.viewerEmail());
    }

    @Test
    void refusesToTurnTheLastCoordinatorIntoAnotherRole() throws Exception {
        var world = fixtures.aCollaborationWithStaff();

        String page = mvc.perform(asAdmin(post("/admin/samenwerkingsverbanden/" + world.collaboration().slug() + "/medewerkers"))
                        .param("email", world.coordinatorEmail()).param("role", "VIEWER"))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Deze persoon is de laatste coördinator.", "id=\"role-fout\"");
        assertThat(accounts.memberships(world.coordinatorId())).extracting(StaffAccounts.Membership::role)
                .containsExactly(Role.COORDINATOR);
    }

    @Test
    void apiTokenStopsWorkingOnceTheRoleIsRevokedAndStaysDeadAfterANewRole() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID professional = accounts.idByEmail(world.professionalEmail()).orElseThrow();
        String token = tokens.issue(professional, world.collaboration().slug()).orElseThrow().token();
        mvc.perform(get("/api/v1/processes").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        mvc.perform(asAdmin(revoke(world.collaboration(), professional))).andExpect(status().isFound());
        mvc.perform(get("/api/v1/processes").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());

        // A new role later must not bring an old token back to life.
        accounts.grant(professional, world.collaboration().id(), Role.PROFESSIONAL, "test");
        mvc.perform(get("/api/v1/processes").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void staffWithoutAdminRightsAreRefusedOnEveryChange() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        Collaboration before = world.collaboration();
        var coordinator = as(world.coordinatorEmail());
        UUID professional = accounts.idByEmail(world.professionalEmail()).orElseThrow();
        UUID organisation = collaborations.registeredOrganisations(before.id()).getFirst().id();
        String path = "/admin/samenwerkingsverbanden/" + before.slug();

        mvc.perform(get(path + "/bewerken").with(coordinator)).andExpect(status().isForbidden());
        for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] {
                post(path + "/bewerken").param("name", "Overgenomen").param("region", "Elders"),
                post(path + "/organisaties").param("organisationName", "Indringer").param("organisationType", "OTHER"),
                post(path + "/organisaties/" + organisation + "/verwijderen"),
                revoke(before, professional)}) {
            mvc.perform(request.with(coordinator).with(csrf())).andExpect(status().isForbidden());
        }

        assertThat(collaborations.findById(before.id()).orElseThrow()).isEqualTo(before);
        assertThat(collaborations.registeredOrganisations(before.id())).extracting(o -> o.id())
                .containsExactly(organisation);
        assertThat(accounts.staffOf(before.id())).hasSize(3);
    }

    @Test
    void unknownCollaborationOrPersonIsNotFound() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        var other = fixtures.aCollaborationWithStaff();

        mvc.perform(asAdmin(post("/admin/samenwerkingsverbanden/bestaat-niet/medewerkers/" + world.coordinatorId()
                + "/intrekken"))).andExpect(status().isNotFound());
        mvc.perform(asAdmin(revoke(world.collaboration(), other.coordinatorId()))).andExpect(status().isNotFound());
        mvc.perform(asAdmin(post("/admin/samenwerkingsverbanden/" + world.collaboration().slug()
                + "/medewerkers/geen-id/intrekken"))).andExpect(status().is4xxClientError());
        assertThat(accounts.memberships(other.coordinatorId())).hasSize(1);
    }

    private MockHttpServletRequestBuilder revoke(Collaboration collaboration, UUID staffId) {
        return post("/admin/samenwerkingsverbanden/" + collaboration.slug() + "/medewerkers/" + staffId + "/intrekken");
    }

    private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(as(admin)).with(csrf());
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(asAdmin(request)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
