package nl.samenspraak.account.internal;

import nl.samenspraak.account.ApiTokens;
import nl.samenspraak.account.StaffAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;

/** Staff see their own API tokens (never the value), make one shown once, and revoke one with effect at once. */
class ApiTokenPageTest extends IntegrationTest {

    static final String PAGE = "/beheer/account/api-tokens";

    @Autowired Fixtures fixtures;
    @Autowired ApiTokens tokens;
    @Autowired StaffAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired MessageSource messages;

    @Test
    void thePageListsOnlyTheirOwnTokensWithoutTheirValues() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID professional = accounts.idByEmail(world.professionalEmail()).orElseThrow();
        String mine = tokens.issue(professional, world.collaboration().slug(), ApiTokens.Scope.READ).orElseThrow().token();
        String theirs = tokens.issue(world.coordinatorId(), world.collaboration().slug()).orElseThrow().token();
        tokens.resolve(mine);

        String page = body(get(PAGE), world.professionalEmail());

        assertThat(page).contains(SessionFixtures.asHtml(world.collaboration().name()), text("account.tokens.scope.READ"))
                .doesNotContain(mine).doesNotContain(theirs).doesNotContain(text("account.tokens.neverUsed"));
        assertThat(tokens.ownedBy(professional)).singleElement().satisfies(t -> {
            assertThat(t.scope()).isEqualTo(ApiTokens.Scope.READ);
            assertThat(t.lastUsedAt()).as("last used, set by the API request").isNotNull();
        });
    }

    @Test
    void timesAreShownInDutchTimeWhateverTheServersZone() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID professional = accounts.idByEmail(world.professionalEmail()).orElseThrow();
        tokens.issue(professional, world.collaboration().slug(), ApiTokens.Scope.READ).orElseThrow();
        java.time.Instant created = tokens.ownedBy(professional).getFirst().createdAt();
        var pattern = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm", java.util.Locale.forLanguageTag("nl"));

        String page = body(get(PAGE), world.professionalEmail());

        // The test JVM runs in UTC (see pom.xml), so this fails when a page formats in the server's zone.
        assertThat(page).contains(pattern.format(created.atZone(java.time.ZoneId.of("Europe/Amsterdam"))));
    }

    @Test
    void aNewTokenIsShownOnceAndWorksWithItsScope() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID professional = accounts.idByEmail(world.professionalEmail()).orElseThrow();

        MvcResult made = mvc.perform(post(PAGE).with(as(world.professionalEmail())).with(csrf())
                        .param("collaboration", world.collaboration().slug()).param("scope", "READ"))
                .andExpect(redirectedUrl(PAGE)).andReturn();
        String issued = (String) made.getFlashMap().get("issuedToken");
        assertThat(made.getFlashMap().values()).as("the session store serialises flash attributes")
                .allSatisfy(value -> assertThat(value).isInstanceOf(java.io.Serializable.class));

        assertThat(tokens.resolve(issued)).hasValueSatisfying(r -> assertThat(r.scope()).isEqualTo(ApiTokens.Scope.READ));
        assertThat(mvc.perform(get(PAGE).with(as(world.professionalEmail())).flashAttr("issuedToken", issued)
                        .flashAttr("issuedExpiresAt", made.getFlashMap().get("issuedExpiresAt")))
                .andReturn().getResponse().getContentAsString()).contains(issued, text("account.tokens.issued"));
        assertThat(body(get(PAGE), world.professionalEmail())).as("shown once").doesNotContain(issued);
        assertThat(jdbc.sql("SELECT result FROM audit_entry WHERE action = 'api-token.issue' AND object_id = :s")
                .param("s", professional.toString()).query(String.class).list()).containsExactly("READ");
    }

    @Test
    void aTokenFormWithoutChoicesIsExplainedAndMakesNothing() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        var other = fixtures.aCollaborationWithStaff();
        UUID viewer = accounts.idByEmail(world.viewerEmail()).orElseThrow();

        String page = mvc.perform(post(PAGE).with(as(world.viewerEmail())).with(csrf()).param("collaboration", "")
                        .param("scope", "ALL"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(text("account.tokens.error.collaborationRequired"), text("account.tokens.error.scopeRequired"),
                "id=\"collaboration-fout\"", "id=\"scope-fout\"");
        // Another collaboration's slug: no role there, so no token.
        mvc.perform(post(PAGE).with(as(world.viewerEmail())).with(csrf())
                        .param("collaboration", other.collaboration().slug()).param("scope", "READ"))
                .andExpect(status().isUnprocessableContent());
        assertThat(tokens.ownedBy(viewer)).isEmpty();
    }

    @Test
    void revokingEndsTheTokenAtOnceAndOnlyTheOwnerCanRevokeIt() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID professional = accounts.idByEmail(world.professionalEmail()).orElseThrow();
        String token = tokens.issue(professional, world.collaboration().slug()).orElseThrow().token();
        UUID id = tokens.ownedBy(professional).getFirst().id();
        mvc.perform(get("/api/v1/processes").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        mvc.perform(post(PAGE + "/intrekken").with(as(world.coordinatorEmail())).with(csrf()).param("token", id.toString()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/processes").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        mvc.perform(post(PAGE + "/intrekken").with(as(world.professionalEmail())).with(csrf()).param("token", id.toString()))
                .andExpect(redirectedUrl(PAGE));
        mvc.perform(get("/api/v1/processes").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        assertThat(tokens.ownedBy(professional)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'api-token.revoke' AND object_id = :t")
                .param("t", id.toString()).query(Long.class).single()).isEqualTo(1);
    }

    private String body(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String email)
            throws Exception {
        return mvc.perform(request.with(as(email))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String text(String key) {
        return SessionFixtures.asHtml(messages.getMessage(key, null, Locale.forLanguageTag("nl")));
    }
}
