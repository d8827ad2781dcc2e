package nl.samenspraak.collaboration.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import nl.samenspraak.AdminFixtures;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.collaboration.CollaborationContact;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.collaboration.OpenDataLicence;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccounts;
import nl.samenspraak.collaboration.Collaborations.RegisteredOrganisation;
import nl.samenspraak.collaboration.MemberOrganisation.OrganisationType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The platform administrator keeps a collaboration's profile and member organisations up to date. */
class CollaborationEditTest extends IntegrationTest {

    @Autowired StaffAccounts accounts;
    @Autowired Collaborations collaborations;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    String admin;

    @BeforeEach
    void setUp() {
        admin = AdminFixtures.aPlatformAdmin(accounts);
    }

    @Test
    void editSavesTheProfileAndKeepsTheSlug() throws Exception {
        Collaboration before = fixtures.aCollaborationWithStaff().collaboration();
        String path = "/admin/samenwerkingsverbanden/" + before.slug();

        String form = body(get(path + "/bewerken"));
        assertThat(form).contains("value=\"" + before.name() + "\"", "value=\"ouderen\"",
                "Het webadres blijft altijd hetzelfde.", before.slug());

        mvc.perform(asAdmin(edit(before.slug(), "Samen Gezond Texel-Noord", "Texel")
                        .param("targetGroups", "jongeren, mantelzorgers,, jongeren")))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(path));

        Collaboration after = collaborations.findById(before.id()).orElseThrow();
        assertThat(after.slug()).isEqualTo(before.slug());
        assertThat(after.name()).isEqualTo("Samen Gezond Texel-Noord");
        assertThat(after.region()).isEqualTo("Texel");
        assertThat(after.description()).isEqualTo("Wij werken samen.\nOok in de winter.");
        assertThat(after.targetGroups()).containsExactly("jongeren", "mantelzorgers");
        assertThat(mvc.perform(asAdmin(get(path)).flashAttr("updated", true)).andReturn().getResponse()
                .getContentAsString())
                .contains("De gegevens zijn opgeslagen.", "Samen Gezond Texel-Noord", "jongeren, mantelzorgers");
        assertThat(auditCount(before.id(), "collaboration.update")).isEqualTo(1);
    }

    @Test
    void rejectsBlankNameWithMessageAndChangesNothing() throws Exception {
        Collaboration before = fixtures.aCollaborationWithStaff().collaboration();

        String page = mvc.perform(asAdmin(edit(before.slug(), "   ", "")))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Vul de naam in.", "Vul de regio in.", "id=\"name-fout\"", "href=\"#name\"",
                "aria-invalid=\"true\"", "Ook in de winter.");
        assertThat(collaborations.findById(before.id()).orElseThrow()).isEqualTo(before);
        assertThat(auditCount(before.id(), "collaboration.update")).isZero();
    }

    @Test
    void licenceOfTheOpenDataIsCcBy40UntilTheAdministratorChoosesAnother() throws Exception {
        Collaboration collaboration = fixtures.aCollaborationWithStaff().collaboration();
        String path = "/admin/samenwerkingsverbanden/" + collaboration.slug();
        assertThat(collaborations.licence(collaboration.id())).isEqualTo(OpenDataLicence.CC_BY_4_0);
        assertThat(body(get(path + "/bewerken"))).contains("Licentie van de open data",
                        "CC0 1.0: iedereen mag alles met de gegevens doen")
                .containsPattern("value=\"CC_BY_4_0\"[^>]*checked=\"checked\"");

        mvc.perform(asAdmin(edit(collaboration.slug(), collaboration.name(), collaboration.region())
                        .param("licence", "CC0_1_0")))
                .andExpect(status().isFound());

        assertThat(collaborations.licence(collaboration.id())).isEqualTo(OpenDataLicence.CC0_1_0);
        assertThat(auditCount(collaboration.id(), "collaboration.open-data-licence")).isEqualTo(1);
        assertThat(body(get(path + "/bewerken"))).containsPattern("value=\"CC0_1_0\"[^>]*checked=\"checked\"");
    }

    @Test
    void rejectsALicenceThatIsNotOnTheListAndChangesNothing() throws Exception {
        Collaboration collaboration = fixtures.aCollaborationWithStaff().collaboration();

        String page = mvc.perform(asAdmin(edit(collaboration.slug(), "Nieuwe naam", collaboration.region())
                        .param("licence", "=HYPERLINK(\"x\")<script>alert(1)</script>")))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Kies een licentie voor de open data.", "id=\"licence-fout\"", "href=\"#licence\"")
                .doesNotContain("<script>alert(1)</script>");
        assertThat(collaborations.licence(collaboration.id())).isEqualTo(OpenDataLicence.CC_BY_4_0);
        assertThat(collaborations.findById(collaboration.id()).orElseThrow()).isEqualTo(collaboration);
    }

    @Test
    void addsAndRemovesAMemberOrganisation() throws Exception {
        Collaboration collaboration = fixtures.aCollaborationWithStaff().collaboration();
        String path = "/admin/samenwerkingsverbanden/" + collaboration.slug();

        mvc.perform(asAdmin(post(path + "/organisaties"))
                        .param("organisationName", "Buurtzorg Texel, team Zuid").param("organisationType", "CARE_PROVIDER"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(path + "#organisaties"));
        RegisteredOrganisation added = collaborations.registeredOrganisations(collaboration.id()).stream()
                .filter(o -> o.name().equals("Buurtzorg Texel, team Zuid")).findFirst().orElseThrow();
        assertThat(added.type()).isEqualTo(OrganisationType.CARE_PROVIDER);
        assertThat(body(get(path))).contains("Buurtzorg Texel, team Zuid", "Zorgaanbieder",
                "/organisaties/" + added.id() + "/verwijderen");

        mvc.perform(asAdmin(post(path + "/organisaties/" + added.id() + "/verwijderen")))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(path + "#organisaties"));
        assertThat(collaborations.registeredOrganisations(collaboration.id())).extracting(RegisteredOrganisation::name)
                .containsExactly(collaboration.name().replace("Samen Gezond", "Gemeente"));
        assertThat(auditCount(collaboration.id(), "collaboration.organisation.add")).isEqualTo(1);
        assertThat(auditCount(collaboration.id(), "collaboration.organisation.remove")).isEqualTo(1);
    }

    @Test
    void rejectsOrganisationWithoutNameOrTypeAndAddsNothing() throws Exception {
        Collaboration collaboration = fixtures.aCollaborationWithStaff().collaboration();

        String page = mvc.perform(asAdmin(post("/admin/samenwerkingsverbanden/" + collaboration.slug() + "/organisaties"))
                        .param("organisationName", " ").param("organisationType", "NO_SUCH_TYPE"))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Vul de naam van de organisatie in.", "Kies wat voor soort organisatie dit is.",
                "id=\"organisationName-fout\"", "id=\"organisationType-fout\"");
        assertThat(collaborations.registeredOrganisations(collaboration.id())).hasSize(1);
    }

    @Test
    void organisationOfAnotherCollaborationCannotBeRemovedThroughThisOne() throws Exception {
        Collaboration mine = fixtures.aCollaborationWithStaff().collaboration();
        Collaboration other = fixtures.aCollaborationWithStaff().collaboration();
        UUID theirs = collaborations.registeredOrganisations(other.id()).getFirst().id();

        mvc.perform(asAdmin(post("/admin/samenwerkingsverbanden/" + mine.slug() + "/organisaties/" + theirs + "/verwijderen")))
                .andExpect(status().isNotFound());
        assertThat(collaborations.registeredOrganisations(other.id())).extracting(RegisteredOrganisation::id)
                .containsExactly(theirs);
    }

    @Test
    void hostileInputIsStoredAsTextAndEscaped() throws Exception {
        String script = "<script>alert(1)</script>";
        Collaboration collaboration = fixtures.aCollaborationWithStaff().collaboration();
        String path = "/admin/samenwerkingsverbanden/" + collaboration.slug();

        mvc.perform(asAdmin(post(path + "/bewerken")).param("name", script).param("region", script)
                        .param("description", script).param("targetGroups", script + ", \"><img src=x>"))
                .andExpect(status().isFound());
        mvc.perform(asAdmin(post(path + "/organisaties")).param("organisationName", script).param("organisationType", "OTHER"))
                .andExpect(status().isFound());

        assertThat(collaborations.findById(collaboration.id()).orElseThrow().name()).isEqualTo(script);
        for (String page : new String[] {body(get(path)), body(get(path + "/bewerken")), body(get("/admin"))}) {
            assertThat(page).doesNotContain(script).doesNotContain("<img src=x>").contains("&lt;script&gt;");
        }
        String tooLong = mvc.perform(asAdmin(post(path + "/bewerken")).param("name", script + "x".repeat(300))
                        .param("region", "Texel"))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();
        assertThat(tooLong).contains("De naam is te lang.").doesNotContain(script);
    }

    @Test
    void unknownCollaborationIsNotFound() throws Exception {
        String path = "/admin/samenwerkingsverbanden/bestaat-niet-" + AdminFixtures.unique();
        mvc.perform(asAdmin(get(path + "/bewerken"))).andExpect(status().isNotFound());
        mvc.perform(asAdmin(edit("bestaat-niet-" + AdminFixtures.unique(), "Naam", "Texel"))).andExpect(status().isNotFound());
        mvc.perform(asAdmin(post(path + "/organisaties")).param("organisationName", "A").param("organisationType", "GGD"))
                .andExpect(status().isNotFound());
        mvc.perform(asAdmin(post(path + "/organisaties/" + UUID.randomUUID() + "/verwijderen")))
                .andExpect(status().isNotFound());
    }

    @Test
    void editSavesThePhoneNumberAndPostalAddressThatLettersGive() throws Exception {
        Collaboration before = fixtures.aCollaborationWithStaff().collaboration();
        mvc.perform(asAdmin(edit(before.slug(), before.name(), before.region())
                        .param("contactPhone", "0222 12 34 56").param("contactAddress", "Postbus 12\r\n1790 AA Den Burg")))
                .andExpect(status().isFound());
        assertThat(collaborations.contact(before.id()))
                .isEqualTo(new CollaborationContact("0222 12 34 56", "Postbus 12\n1790 AA Den Burg"));
        assertThat(auditCount(before.id(), "collaboration.contact")).isEqualTo(1);
        assertThat(body(get("/admin/samenwerkingsverbanden/" + before.slug() + "/bewerken")))
                .contains("value=\"0222 12 34 56\"", "Postbus 12\n1790 AA Den Burg</textarea>");
    }

    @Test
    void rejectsAPhoneNumberWithLettersOrHostileTextAndChangesNothing() throws Exception {
        Collaboration before = fixtures.aCollaborationWithStaff().collaboration();
        for (String phone : java.util.List.of("bel maar", "<script>alert(1)</script>", "=cmd|' /C calc'!A0",
                "1".repeat(41), "\u202e0222 12 34")) {
            String page = mvc.perform(asAdmin(edit(before.slug(), before.name(), before.region())
                            .param("contactPhone", phone).param("contactAddress", "x".repeat(65_536))))
                    .andExpect(status().isUnprocessableContent())
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).contains("id=\"contactPhone-fout\"", "id=\"contactAddress-fout\"", "href=\"#contactPhone\"")
                    .doesNotContain("<script>alert(1)");
        }
        assertThat(collaborations.contact(before.id())).isEqualTo(CollaborationContact.NONE);
        assertThat(auditCount(before.id(), "collaboration.contact")).isZero();
    }

    private MockHttpServletRequestBuilder edit(String slug, String name, String region) {
        return post("/admin/samenwerkingsverbanden/" + slug + "/bewerken").param("name", name)
                .param("region", region).param("description", "Wij werken samen.\r\nOok in de winter.");
    }

    private long auditCount(UUID collaborationId, String action) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE collaboration_id = :c AND action = :a AND actor = :actor")
                .param("c", collaborationId).param("a", action).param("actor", admin).query(Long.class).single();
    }

    private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(as(admin)).with(csrf());
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(asAdmin(request)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
