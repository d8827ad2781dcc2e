package nl.samenspraak.account.internal;

import nl.samenspraak.AdminFixtures;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class StaffAdminTest extends IntegrationTest {

    @Autowired StaffAccounts accounts;
    @Autowired Fixtures fixtures;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    String admin;

    @BeforeEach
    void setUp() {
        admin = AdminFixtures.aPlatformAdmin(accounts);
    }

    @Test
    void newAccountNeedsANameAndCreatesNothingWithout() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        String email = "nieuw-" + AdminFixtures.unique() + "@gemeente.example";

        String page = mvc.perform(addStaff(world.collaboration().slug(), email, " ", "VIEWER"))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Vul de naam van deze persoon in.", "id=\"displayName-fout\"",
                "value=\"" + email + "\"").doesNotContain("id=\"password\"");
        assertThat(accounts.idByEmail(email)).isEmpty();
        assertThat(accounts.staffOf(world.collaboration().id())).hasSize(3);
        assertThat(jdbc.sql("SELECT count(*) FROM outbox_mail WHERE recipient = :r").param("r", email)
                .query(Long.class).single()).as("no invitation").isZero();
    }

    @Test
    void rejectsMissingEmailAndRole() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        String page = mvc.perform(addStaff(world.collaboration().slug(), "", "Piet", ""))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Vul het e-mailadres in.", "Kies een rol.", "href=\"#role\"");
        assertThat(accounts.staffOf(world.collaboration().id())).hasSize(3);
    }

    @Test
    void grantsRoleToExistingAccountWithoutTouchingItsPassword() throws Exception {
        var home = fixtures.aCollaborationWithStaff();
        var other = fixtures.aCollaborationWithStaff();
        UsersPassword before = new UsersPassword(users.loadUserByUsername(home.professionalEmail()).getPassword());

        long mailsBefore = mailsTo(home.professionalEmail());
        mvc.perform(addStaff(other.collaboration().slug(), home.professionalEmail().toUpperCase(), "", "VIEWER")
                        .param("password", "een ander wachtwoord"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/samenwerkingsverbanden/" + other.collaboration().slug()));

        UsersPassword after = new UsersPassword(users.loadUserByUsername(home.professionalEmail()).getPassword());
        assertThat(after).isEqualTo(before);
        assertThat(mailsTo(home.professionalEmail())).as("an existing account gets no invitation").isEqualTo(mailsBefore);
        var staffId = accounts.idByEmail(home.professionalEmail()).orElseThrow();
        assertThat(accounts.memberships(staffId)).extracting(StaffAccounts.Membership::slug, StaffAccounts.Membership::role)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(home.collaboration().slug(), Role.PROFESSIONAL),
                        org.assertj.core.groups.Tuple.tuple(other.collaboration().slug(), Role.VIEWER));
    }

    @Test
    void changesTheRoleOfAnExistingMember() throws Exception {
        var world = fixtures.aCollaborationWithStaff();

        mvc.perform(addStaff(world.collaboration().slug(), world.viewerEmail(), "", "COORDINATOR"))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("granted", world.viewerEmail()));

        assertThat(accounts.staffOf(world.collaboration().id()))
                .filteredOn(m -> m.email().equals(world.viewerEmail()))
                .extracting(StaffAccounts.StaffMember::role).containsExactly(Role.COORDINATOR);
        assertThat(mvc.perform(get("/admin/samenwerkingsverbanden/" + world.collaboration().slug())
                        .flashAttr("granted", world.viewerEmail()).with(as(admin)))
                .andReturn().getResponse().getContentAsString())
                .contains(world.viewerEmail() + " heeft nu een rol in dit samenwerkingsverband.");
    }

    @Test
    void unknownCollaborationIsNotFound() throws Exception {
        mvc.perform(addStaff("bestaat-niet-" + AdminFixtures.unique(), "a@b.nl", "A", "VIEWER"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/samenwerkingsverbanden/bestaat-niet").with(as(admin)))
                .andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder addStaff(String slug, String email, String name, String role) {
        return post("/admin/samenwerkingsverbanden/" + slug + "/medewerkers")
                .param("email", email).param("displayName", name).param("role", role)
                .with(as(admin)).with(csrf());
    }

    private long mailsTo(String recipient) {
        return jdbc.sql("SELECT count(*) FROM outbox_mail WHERE lower(recipient) = lower(:r)").param("r", recipient)
                .query(Long.class).single();
    }

    private record UsersPassword(String hash) {}
}
