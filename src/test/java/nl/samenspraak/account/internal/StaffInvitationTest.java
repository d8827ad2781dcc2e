package nl.samenspraak.account.internal;

import nl.samenspraak.AdminFixtures;
import nl.samenspraak.account.ApiTokens;
import nl.samenspraak.account.StaffAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A new staff member is invited by e-mail and chooses their own first password: the
 * administrator never types or learns it.
 */
class StaffInvitationTest extends IntegrationTest {

    static final String OWN_PASSWORD = "paarse kano's op de Linge";

    @Autowired StaffAccounts accounts;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired MessageSource messages;

    String admin;

    @BeforeEach
    void setUp() {
        admin = AdminFixtures.aPlatformAdmin(accounts);
    }

    @Test
    void aNewPersonIsInvitedByMailAndChoosesTheirOwnPasswordOnce() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        String slug = world.collaboration().slug();
        String email = "nieuw-" + AdminFixtures.unique() + "@gemeente.example";

        mvc.perform(addStaff(slug, email, "Noor Jansen", "PROFESSIONAL"))
                .andExpect(redirectedUrl("/admin/samenwerkingsverbanden/" + slug))
                .andExpect(flash().attribute("invited", email));
        UUID id = accounts.idByEmail(email).orElseThrow();
        assertThat(accounts.staffOf(world.collaboration().id())).extracting(StaffAccounts.StaffMember::email).contains(email);
        assertThat(adminPage(slug)).contains(html("account.invite.status.sent"))
                .doesNotContain(html("account.invite.again"));

        assertThat(jdbc.sql("SELECT subject FROM outbox_mail WHERE recipient = :r AND collaboration_id IS NULL")
                .param("r", email).query(String.class).list())
                .as("one invitation, on no coordinator's outbox page")
                .containsExactly(messages.getMessage("account.invite.mail.subject", null, Locale.forLanguageTag("nl")));
        String mail = mailsTo(email).getFirst();
        assertThat(mail).contains("Noor Jansen", world.collaboration().name(), "72 uur");
        String token = tokenIn(mail);
        assertThat(jdbc.sql("SELECT extract(epoch FROM expires_at - created_at) FROM password_reset_token WHERE token_hash = :h")
                .param("h", ApiTokens.hash(token)).query(Double.class).single()).isEqualTo(72 * 3600.0);
        String link = "/wachtwoord-herstellen/" + token;

        assertThat(mvc.perform(get(link)).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsString())
                .contains(html("account.invite.title"), html("account.invite.intro"));

        // Against the rules, or typed differently twice: said beside the field; the link still works.
        String common = mvc.perform(post(link).with(csrf()).param("newPassword", "qwertyqwerty")
                        .param("repeatPassword", "qwertyqwerty"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(common).contains(html("account.password.error.common"), "id=\"newPassword-fout\"",
                html("account.invite.title"));
        String personal = mvc.perform(post(link).with(csrf()).param("newPassword", email).param("repeatPassword", email))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(personal).contains(html("account.password.error.personal"));
        String mismatch = mvc.perform(post(link).with(csrf()).param("newPassword", OWN_PASSWORD)
                        .param("repeatPassword", OWN_PASSWORD + "x"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(mismatch).contains(html("account.password.error.mismatch"), "id=\"repeatPassword-fout\"")
                .doesNotContain(OWN_PASSWORD);
        assertThat(accounts.passwordMatches(id, OWN_PASSWORD)).isFalse();
        mvc.perform(get(link)).andExpect(status().isOk());
        String english = mvc.perform(post(link + "?lang=en").with(csrf()).param("newPassword", "qwertyqwerty")
                        .param("repeatPassword", "qwerty"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains(html("account.invite.title", Locale.ENGLISH),
                html("account.password.error.common", Locale.ENGLISH), html("account.password.error.mismatch", Locale.ENGLISH));

        mvc.perform(post(link).with(csrf()).param("newPassword", OWN_PASSWORD).param("repeatPassword", OWN_PASSWORD))
                .andExpect(redirectedUrl("/login?reset"));
        assertThat(accounts.passwordMatches(id, OWN_PASSWORD)).isTrue();
        assertThat(audits("staff.invite", id)).isEqualTo(1);
        assertThat(audits("staff.password.set", id)).isEqualTo(1);
        assertThat(adminPage(slug)).doesNotContain(html("account.invite.status.sent"));
        assertThat(mailsTo(email)).as("the used link is no longer kept in the outbox").singleElement()
                .satisfies(body -> assertThat(body).doesNotContain(token));

        // Used once: the link no longer works and changes nothing.
        String again = mvc.perform(post(link).with(csrf()).param("newPassword", "nog een heel ander wachtwoord 4")
                        .param("repeatPassword", "nog een heel ander wachtwoord 4"))
                .andExpect(status().isGone()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains(html("account.reset.invalid.title"), html("account.invite.invalid"));
        assertThat(accounts.passwordMatches(id, OWN_PASSWORD)).isTrue();

        mvc.perform(post("/login").param("email", email).param("password", OWN_PASSWORD)
                        .with(csrf()).with(AdminFixtures.fromOwnAddress()))
                .andExpect(redirectedUrl("/beheer"));
    }

    @Test
    void anExpiredInvitationCanBeSentAgainAndOnlyTheNewestLinkWorks() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        String slug = world.collaboration().slug();
        String email = "later-" + AdminFixtures.unique() + "@gemeente.example";
        mvc.perform(addStaff(slug, email, "Sem Bakker", "VIEWER")).andExpect(status().isFound());
        UUID id = accounts.idByEmail(email).orElseThrow();
        String first = tokenIn(mailsTo(email).getFirst());
        jdbc.sql("UPDATE staff_account SET invited_at = invited_at - interval '73 hours' WHERE id = :id").param("id", id).update();
        jdbc.sql("UPDATE password_reset_token SET expires_at = expires_at - interval '73 hours' WHERE staff_id = :id")
                .param("id", id).update();

        assertThat(adminPage(slug)).contains(html("account.invite.status.expired"), html("account.invite.again"));
        mvc.perform(get("/wachtwoord-herstellen/" + first)).andExpect(status().isGone());

        String again = "/admin/samenwerkingsverbanden/" + slug + "/medewerkers/" + id + "/uitnodiging";
        mvc.perform(post(again).with(as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/samenwerkingsverbanden/" + slug + "#medewerkers"))
                .andExpect(flash().attribute("invited", email));
        List<String> mails = mailsTo(email);
        assertThat(mails).hasSize(2);
        String second = tokenIn(mails.getLast());
        assertThat(second).isNotEqualTo(first);
        assertThat(audits("staff.invite", id)).isEqualTo(2);
        assertThat(adminPage(slug)).contains(html("account.invite.status.sent"));

        mvc.perform(post("/wachtwoord-herstellen/" + second).with(csrf()).param("newPassword", OWN_PASSWORD)
                .param("repeatPassword", OWN_PASSWORD)).andExpect(redirectedUrl("/login?reset"));
        assertThat(accounts.passwordMatches(id, OWN_PASSWORD)).isTrue();

        // Once the person has chosen a password, another invitation would only confuse them.
        mvc.perform(post(again).with(as(admin)).with(csrf()))
                .andExpect(flash().attribute("invitationNotNeeded", email));
        assertThat(mailsTo(email)).hasSize(2);
    }

    @Test
    void aNewInvitationEndsTheEarlierLink() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        String slug = world.collaboration().slug();
        String email = "dubbel-" + AdminFixtures.unique() + "@gemeente.example";
        mvc.perform(addStaff(slug, email, "Lotte Smit", "VIEWER")).andExpect(status().isFound());
        UUID id = accounts.idByEmail(email).orElseThrow();
        String first = tokenIn(mailsTo(email).getFirst());

        mvc.perform(post("/admin/samenwerkingsverbanden/" + slug + "/medewerkers/" + id + "/uitnodiging")
                .with(as(admin)).with(csrf())).andExpect(status().isFound());

        mvc.perform(get("/wachtwoord-herstellen/" + first)).andExpect(status().isGone());
        mvc.perform(get("/wachtwoord-herstellen/" + tokenIn(mailsTo(email).getLast()))).andExpect(status().isOk());
    }

    @Test
    void anInvitationOnlyGoesToStaffOfTheCollaborationInTheAddress() throws Exception {
        var home = fixtures.aCollaborationWithStaff();
        var other = fixtures.aCollaborationWithStaff();
        String email = "elders-" + AdminFixtures.unique() + "@gemeente.example";
        mvc.perform(addStaff(home.collaboration().slug(), email, "Eva de Boer", "VIEWER")).andExpect(status().isFound());
        UUID id = accounts.idByEmail(email).orElseThrow();

        mvc.perform(post("/admin/samenwerkingsverbanden/" + other.collaboration().slug() + "/medewerkers/" + id
                + "/uitnodiging").with(as(admin)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/admin/samenwerkingsverbanden/" + home.collaboration().slug() + "/medewerkers/" + id
                + "/uitnodiging").with(as(home.coordinatorEmail())).with(csrf())).andExpect(status().isForbidden());
        assertThat(mailsTo(email)).hasSize(1);
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder addStaff(
            String slug, String email, String name, String role) {
        return post("/admin/samenwerkingsverbanden/" + slug + "/medewerkers")
                .param("email", email).param("displayName", name).param("role", role)
                .with(as(admin)).with(csrf());
    }

    private String adminPage(String slug) throws Exception {
        return mvc.perform(get("/admin/samenwerkingsverbanden/" + slug).with(as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private long audits(String action, UUID id) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = :a AND object_id = :id")
                .param("a", action).param("id", id.toString()).query(Long.class).single();
    }

    private List<String> mailsTo(String recipient) {
        return jdbc.sql("SELECT body FROM outbox_mail WHERE lower(recipient) = lower(:r) ORDER BY created_at")
                .param("r", recipient).query(String.class).list();
    }

    private static String tokenIn(String body) {
        Matcher m = PasswordResetTest.LINK.matcher(body);
        assertThat(m.find()).as("an invitation link in the mail: %s", body).isTrue();
        return m.group(1);
    }

    private String html(String key) {
        return html(key, Locale.forLanguageTag("nl"));
    }

    private String html(String key, Locale locale) {
        return SessionFixtures.asHtml(messages.getMessage(key, null, locale));
    }
}
