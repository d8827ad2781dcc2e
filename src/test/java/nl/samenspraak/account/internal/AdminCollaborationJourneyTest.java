package nl.samenspraak.account.internal;

import nl.samenspraak.AdminFixtures;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.collaboration.MemberOrganisation;
import nl.samenspraak.collaboration.MemberOrganisation.OrganisationType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The platform administrator's journey from a new collaboration to its first coordinator at work: the collaboration
 * module's pages, then the invitation, password and second step of this module.
 */
class AdminCollaborationJourneyTest extends IntegrationTest {

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
    void adminCreatesCollaborationAndCoordinatorWhoLogsInAndSeesIt() throws Exception {
        String slug = "samen-gezond-" + AdminFixtures.unique();
        mvc.perform(asAdmin(newCollaboration(slug, "Samen Gezond Texel"))
                        .param("organisationName", "Gemeente Texel, afdeling Zorg", "", "GGD Hollands Noorden", "", "")
                        .param("organisationType", "MUNICIPALITY", "", "GGD", "", ""))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/samenwerkingsverbanden/" + slug));

        Collaboration created = collaborations.findBySlug(slug).orElseThrow();
        assertThat(created.name()).isEqualTo("Samen Gezond Texel");
        assertThat(created.targetGroups()).containsExactly("ouderen", "mantelzorgers");
        assertThat(collaborations.organisations(created.id())).containsExactlyInAnyOrder(
                new MemberOrganisation("Gemeente Texel, afdeling Zorg", OrganisationType.MUNICIPALITY),
                new MemberOrganisation("GGD Hollands Noorden", OrganisationType.GGD));
        assertThat(body(get("/admin/samenwerkingsverbanden/" + slug))).contains("Gemeente Texel, afdeling Zorg", "Gemeente");

        String coordinator = "coordinator@" + slug + ".example";
        mvc.perform(asAdmin(post("/admin/samenwerkingsverbanden/" + slug + "/medewerkers"))
                        .param("email", coordinator).param("displayName", "Anna de Vries")
                        .param("role", "COORDINATOR"))
                .andExpect(status().isFound());
        // The coordinator chooses their own password through the invitation mail.
        String invitation = jdbc.sql("SELECT body FROM outbox_mail WHERE recipient = :r").param("r", coordinator)
                .query(String.class).single();
        var link = PasswordResetTest.LINK.matcher(invitation);
        assertThat(link.find()).isTrue();
        mvc.perform(post(link.group()).with(csrf()).param("newPassword", StaffInvitationTest.OWN_PASSWORD)
                        .param("repeatPassword", StaffInvitationTest.OWN_PASSWORD))
                .andExpect(redirectedUrl("/login?reset"));
        assertThat(accounts.staffOf(created.id())).extracting(StaffAccounts.StaffMember::email, StaffAccounts.StaffMember::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(coordinator, Role.COORDINATOR));
        assertThat(body(get("/admin/samenwerkingsverbanden/" + slug))).contains("Anna de Vries", "Coördinator (vaste contactpersoon)");

        var login = mvc.perform(post("/login").param("email", coordinator).param("password", StaffInvitationTest.OWN_PASSWORD)
                        .with(csrf()).with(AdminFixtures.fromOwnAddress()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/beheer"))
                .andReturn();
        var session = (MockHttpSession) login.getRequest().getSession();
        // A new coordinator first enrols an authenticator app: the role requires a second factor.
        mvc.perform(get("/beheer").session(session)).andExpect(redirectedUrl(SecondFactorFilter.ENROL_PATH));
        mvc.perform(get(SecondFactorFilter.ENROL_PATH).session(session)).andExpect(status().isOk());
        String secret = (String) session.getAttribute(SecondFactorController.PENDING_SECRET);
        var enrolled = mvc.perform(post(SecondFactorFilter.ENROL_PATH).session(session).with(csrf())
                        .param("code", Fixtures.codeAt(secret, clock.instant())))
                .andExpect(redirectedUrl(SecondFactorController.RECOVERY_PATH)).andReturn();
        session = (MockHttpSession) enrolled.getRequest().getSession();
        String home = mvc.perform(get("/beheer").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(home).contains("Samen Gezond Texel", "href=\"/beheer/" + slug + "\"", "Coördinator (vaste contactpersoon)");
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
