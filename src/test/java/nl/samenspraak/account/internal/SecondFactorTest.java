package nl.samenspraak.account.internal;

import nl.samenspraak.AdminFixtures;
import nl.samenspraak.account.ApiTokens;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.SecondFactor;
import nl.samenspraak.account.StaffAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The second factor: enrolment, the code step of the login, recovery codes, switching off and reset. */
class SecondFactorTest extends IntegrationTest {

    @Autowired StaffAccounts accounts;
    @Autowired SecondFactor secondFactor;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    RequestPostProcessor address;

    @BeforeEach
    void setUp() {
        address = AdminFixtures.fromOwnAddress();
    }

    @Test
    void enrolsAfterAWrongCodeWithTheRightOneAndShowsTenRecoveryCodesOnce() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID professional = accounts.idByEmail(world.professionalEmail()).orElseThrow();
        MockHttpSession session = logIn(world.professionalEmail());

        String page = body(get(SecondFactorFilter.ENROL_PATH), session);
        assertThat(page).contains("src=\"data:image/png;base64,", "id=\"geheim\"", "Tweede stap aanzetten");
        String secret = (String) session.getAttribute(SecondFactorController.PENDING_SECRET);
        assertThat(page).contains(String.join(" ", secret.split("(?<=\\G.{4})")));

        MvcResult wrong = mvc.perform(post(SecondFactorFilter.ENROL_PATH).param("code", wrongCode(secret))
                        .session(session).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andReturn();
        assertThat(wrong.getResponse().getContentAsString()).contains("Deze code klopt niet.", "aria-invalid=\"true\"");
        assertThat(secondFactor.stateOf(professional).enrolled()).isFalse();
        assertThat(session.getAttribute(SecondFactorController.PENDING_SECRET)).as("the same secret after a typo").isEqualTo(secret);

        MvcResult right = mvc.perform(post(SecondFactorFilter.ENROL_PATH)
                        .param("code", Fixtures.codeAt(secret, clock.instant())).session(session).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(SecondFactorController.RECOVERY_PATH)).andReturn();
        @SuppressWarnings("unchecked")
        List<String> codes = (List<String>) right.getFlashMap().get("recoveryCodes");
        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
        session = (MockHttpSession) right.getRequest().getSession(false);
        String shown = mvc.perform(get(SecondFactorController.RECOVERY_PATH).session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(shown).contains(codes.getFirst(), codes.getLast(), "De tweede stap staat nu aan.");
        mvc.perform(get(SecondFactorController.RECOVERY_PATH).session(session))
                .andExpect(redirectedUrl(SecondFactorFilter.ENROL_PATH));

        assertThat(secondFactor.stateOf(professional)).isEqualTo(new SecondFactor.State(true, false, 10));
        assertThat(jdbc.sql("SELECT code_hash FROM staff_recovery_code WHERE staff_id = :s").param("s", professional)
                .query(String.class).list()).as("only hashes of the codes are stored")
                .containsExactlyInAnyOrderElementsOf(codes.stream().map(c -> ApiTokens.hash(c.replace("-", ""))).toList());
        assertThat(body(get(SecondFactorFilter.ENROL_PATH), session)).doesNotContain(secret, "data:image/png")
                .contains("U heeft nog 10 ongebruikte herstelcodes.");
        assertThat(audit(professional)).contains("staff.mfa.enrol:wrong-code", "staff.mfa.enrol:enrolled");
    }

    @Test
    void sendsAPasswordOnlyLoginToTheCodePageUntilACorrectCodeAndThenToThePageAskedFor() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        String slug = world.collaboration().slug();
        MockHttpSession session = logIn(world.coordinatorEmail());
        String idBefore = session.getId();

        for (String path : List.of("/beheer", "/beheer/" + slug, "/admin", SecondFactorFilter.ENROL_PATH)) {
            mvc.perform(get(path).session(session)).andExpect(redirectedUrl(SecondFactorFilter.CODE_PATH));
        }
        mvc.perform(post("/beheer/" + slug + "/trajecten").session(session).with(csrf()))
                .andExpect(redirectedUrl(SecondFactorFilter.CODE_PATH));
        mvc.perform(get("/beheer/" + slug).session(session)).andExpect(redirectedUrl(SecondFactorFilter.CODE_PATH));
        assertThat(body(get(SecondFactorFilter.CODE_PATH), session)).contains("Vul de code uit uw app in");

        MvcResult wrong = mvc.perform(post(SecondFactorFilter.CODE_PATH).param("code", wrongCode(Fixtures.TOTP_SECRET))
                        .session(session).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andReturn();
        assertThat(wrong.getResponse().getContentAsString()).contains("Deze code klopt niet.");
        mvc.perform(post(SecondFactorFilter.CODE_PATH).param("code", "").session(session).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/beheer/" + slug).session(session)).andExpect(redirectedUrl(SecondFactorFilter.CODE_PATH));

        String code = fixtures.currentCode(world.coordinatorEmail());
        MvcResult passed = mvc.perform(post(SecondFactorFilter.CODE_PATH).param("code", code.substring(0, 3) + " " + code.substring(3))
                        .session(session).with(csrf()))
                .andExpect(redirectedUrl("/beheer/" + slug)).andReturn();
        MockHttpSession after = (MockHttpSession) passed.getRequest().getSession(false);
        assertThat(after.getId()).as("a new session id after the second factor").isNotEqualTo(idBefore);
        mvc.perform(get("/beheer/" + slug).session(after)).andExpect(status().isOk());
        assertThat(audit(world.coordinatorId())).contains("staff.mfa.code:wrong-code");

        // The same code again, in a new login within its 30 seconds: a code works only once.
        MockHttpSession second = logIn(world.coordinatorEmail());
        mvc.perform(post(SecondFactorFilter.CODE_PATH).param("code", code).session(second).with(csrf()))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void acceptsACodeOneStepAheadButNotTwoStepsOldNorAnEarlierCodeOnceALaterOneWasUsed() {
        var world = fixtures.aCollaborationWithStaff();
        UUID professional = accounts.idByEmail(world.professionalEmail()).orElseThrow();
        fixtures.enrolSecondFactor(professional);
        var now = clock.instant();

        assertThat(secondFactor.verifyLogin(professional, Fixtures.codeAt(Fixtures.TOTP_SECRET, now.minusSeconds(60)), "test"))
                .isEqualTo(SecondFactor.Outcome.WRONG);
        assertThat(secondFactor.verifyLogin(professional, Fixtures.codeAt(Fixtures.TOTP_SECRET, now.plusSeconds(30)), "test"))
                .isEqualTo(SecondFactor.Outcome.APP_CODE);
        assertThat(secondFactor.verifyLogin(professional, Fixtures.codeAt(Fixtures.TOTP_SECRET, now), "test"))
                .as("a code from before the last one used").isEqualTo(SecondFactor.Outcome.WRONG);
    }

    @Test
    void slowsDownTheCodeStepAfterFiveWrongCodesEvenForTheRightCode() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        MockHttpSession session = logIn(world.coordinatorEmail());
        for (int i = 0; i < SecondFactor.FREE_ATTEMPTS; i++) {
            mvc.perform(post(SecondFactorFilter.CODE_PATH).param("code", wrongCode(Fixtures.TOTP_SECRET))
                    .session(session).with(csrf())).andExpect(status().isUnprocessableContent());
        }
        // A fresh password login does not wipe the count: the code step has its own.
        MockHttpSession again = logIn(world.coordinatorEmail());
        MvcResult locked = mvc.perform(post(SecondFactorFilter.CODE_PATH)
                        .param("code", fixtures.currentCode(world.coordinatorEmail())).session(again).with(csrf()))
                .andExpect(status().isTooManyRequests()).andReturn();
        assertThat(locked.getResponse().getContentAsString()).contains("U heeft te vaak een verkeerde code ingevuld.");
        mvc.perform(get("/beheer").session(again)).andExpect(redirectedUrl(SecondFactorFilter.CODE_PATH));
    }

    @Test
    void logsInOnceWithEachRecoveryCodeAndCountsWhatIsLeft() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID professional = accounts.idByEmail(world.professionalEmail()).orElseThrow();
        List<String> codes = fixtures.enrolSecondFactor(professional);

        MockHttpSession session = logIn(world.professionalEmail());
        MvcResult used = mvc.perform(post(SecondFactorFilter.CODE_PATH).param("code", codes.get(3).toUpperCase())
                        .session(session).with(csrf()))
                .andExpect(redirectedUrl(SecondFactorFilter.ENROL_PATH)).andReturn();
        assertThat(used.getFlashMap().get("recoveryCodeUsed")).isEqualTo(9);
        MockHttpSession in = (MockHttpSession) used.getRequest().getSession(false);
        assertThat(body(get(SecondFactorFilter.ENROL_PATH), in)).contains("U heeft nog 9 ongebruikte herstelcodes.");

        MockHttpSession again = logIn(world.professionalEmail());
        mvc.perform(post(SecondFactorFilter.CODE_PATH).param("code", codes.get(3)).session(again).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        assertThat(audit(professional)).contains("staff.mfa.recovery-code:used", "staff.mfa.code:wrong-code");

        // New codes need a current app code; the old ones stop working.
        mvc.perform(post(SecondFactorController.RECOVERY_PATH).param("renewCode", wrongCode(Fixtures.TOTP_SECRET))
                .with(as(world.professionalEmail())).with(csrf())).andExpect(status().isUnprocessableContent());
        MvcResult renewed = mvc.perform(post(SecondFactorController.RECOVERY_PATH)
                        .param("renewCode", fixtures.currentCode(world.professionalEmail()))
                        .with(as(world.professionalEmail())).with(csrf()))
                .andExpect(redirectedUrl(SecondFactorController.RECOVERY_PATH)).andReturn();
        assertThat((List<Object>) renewed.getFlashMap().get("recoveryCodes")).hasSize(10).doesNotContainAnyElementsOf(codes);
        assertThat(secondFactor.stateOf(professional).recoveryCodesLeft()).isEqualTo(10);
        MockHttpSession third = logIn(world.professionalEmail());
        mvc.perform(post(SecondFactorFilter.CODE_PATH).param("code", codes.get(4)).session(third).with(csrf()))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void sendsACoordinatorWithoutASecondFactorToEnrolmentAndNowhereElse() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        String email = "nieuw-" + AdminFixtures.unique() + "@gemeente.example";
        UUID id = accounts.create(email, "Nieuwe coördinator", Fixtures.PASSWORD, false, "test");
        accounts.grant(id, world.collaboration().id(), Role.COORDINATOR, "test");
        MockHttpSession session = logIn(email);

        for (String path : List.of("/beheer", "/beheer/" + world.collaboration().slug(), "/admin")) {
            mvc.perform(get(path).session(session)).andExpect(redirectedUrl(SecondFactorFilter.ENROL_PATH));
        }
        String page = body(get(SecondFactorFilter.ENROL_PATH), session);
        assertThat(page).contains("Voor uw rol is de tweede stap verplicht.");
        String secret = (String) session.getAttribute(SecondFactorController.PENDING_SECRET);
        MvcResult enrolled = mvc.perform(post(SecondFactorFilter.ENROL_PATH)
                        .param("code", Fixtures.codeAt(secret, clock.instant())).session(session).with(csrf()))
                .andExpect(redirectedUrl(SecondFactorController.RECOVERY_PATH)).andReturn();
        mvc.perform(get("/beheer/" + world.collaboration().slug())
                .session((MockHttpSession) enrolled.getRequest().getSession(false))).andExpect(status().isOk());
    }

    @Test
    void letsAProfessionalWithoutASecondFactorInAndSwitchItOffWithACurrentCode() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        MockHttpSession session = logIn(world.professionalEmail());
        mvc.perform(get("/beheer").session(session)).andExpect(status().isOk());

        UUID professional = accounts.idByEmail(world.professionalEmail()).orElseThrow();
        fixtures.enrolSecondFactor(professional);
        mvc.perform(post(SecondFactorController.DISABLE_PATH).param("disableCode", wrongCode(Fixtures.TOTP_SECRET))
                .with(as(world.professionalEmail())).with(csrf())).andExpect(status().isUnprocessableContent());
        assertThat(secondFactor.stateOf(professional).enrolled()).isTrue();
        mvc.perform(post(SecondFactorController.DISABLE_PATH)
                        .param("disableCode", fixtures.currentCode(world.professionalEmail()))
                        .with(as(world.professionalEmail())).with(csrf()))
                .andExpect(redirectedUrl(SecondFactorFilter.ENROL_PATH));
        assertThat(secondFactor.stateOf(professional)).isEqualTo(new SecondFactor.State(false, false, 0));
        assertThat(audit(professional)).contains("staff.mfa.disable:disabled");

        // A coordinator may not switch it off, not even with a right code.
        MvcResult refused = mvc.perform(post(SecondFactorController.DISABLE_PATH)
                        .param("disableCode", fixtures.currentCode(world.coordinatorEmail()))
                        .with(as(world.coordinatorEmail())).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andReturn();
        assertThat(refused.getResponse().getContentAsString()).contains("Voor uw rol is de tweede stap verplicht.");
        assertThat(secondFactor.stateOf(world.coordinatorId()).enrolled()).isTrue();
    }

    @Test
    void platformAdministratorResetsALostSecondFactorAndThePersonMustEnrolAgain() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        String admin = AdminFixtures.aPlatformAdmin(accounts);
        String path = "/admin/samenwerkingsverbanden/" + world.collaboration().slug();
        String reset = path + "/medewerkers/" + world.coordinatorId() + "/tweede-stap-wissen";
        assertThat(body(get(path).with(as(admin)), null)).contains(reset, "Tweede stap wissen");

        mvc.perform(post(reset).with(as(world.coordinatorEmail())).with(csrf())).andExpect(status().isForbidden());
        assertThat(secondFactor.stateOf(world.coordinatorId()).enrolled()).isTrue();

        mvc.perform(post(reset).with(as(admin)).with(csrf())).andExpect(redirectedUrl(path + "#medewerkers"));

        assertThat(secondFactor.stateOf(world.coordinatorId())).isEqualTo(new SecondFactor.State(false, true, 0));
        assertThat(jdbc.sql("SELECT actor FROM audit_entry WHERE action = 'staff.mfa.reset' AND object_id = :id")
                .param("id", world.coordinatorId().toString()).query(String.class).list()).containsExactly(admin);
        MockHttpSession session = logIn(world.coordinatorEmail());
        mvc.perform(get("/beheer").session(session)).andExpect(redirectedUrl(SecondFactorFilter.ENROL_PATH));
    }

    @Test
    void asksForTheAppCodeWhenAnAccountWithASecondFactorRequestsAnApiToken() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        String slug = world.collaboration().slug();

        for (String code : new String[] {null, wrongCode(Fixtures.TOTP_SECRET)}) {
            MvcResult refused = mvc.perform(tokenRequest(world.coordinatorEmail(), slug, code))
                    .andExpect(status().isUnauthorized()).andReturn();
            assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
            assertThat(refused.getResponse().getContentAsString()).contains("second factor").doesNotContain("ssp_");
        }
        mvc.perform(tokenRequest(world.coordinatorEmail(), slug, fixtures.currentCode(world.coordinatorEmail())))
                .andExpect(status().isCreated());
        mvc.perform(tokenRequest(world.professionalEmail(), slug, null)).andExpect(status().isCreated());

        // A coordinator must have a second factor: without one set up, a password alone gets no token either.
        secondFactor.reset(world.coordinatorId(), "test");
        MvcResult notEnrolled = mvc.perform(tokenRequest(world.coordinatorEmail(), slug, null))
                .andExpect(status().isUnauthorized()).andReturn();
        assertThat(notEnrolled.getResponse().getContentAsString()).contains("second step");
    }

    private MockHttpServletRequestBuilder tokenRequest(String email, String slug, String code) {
        String json = "{\"email\":\"%s\",\"password\":\"%s\",\"collaboration\":\"%s\"%s}".formatted(email,
                Fixtures.PASSWORD, slug, code == null ? "" : ",\"code\":\"" + code + "\"");
        return post("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON).content(json).with(address);
    }

    /** The password step through the real login form; the session it leaves. */
    private MockHttpSession logIn(String email) throws Exception {
        MvcResult result = mvc.perform(post("/login").param("email", email).param("password", Fixtures.PASSWORD)
                        .with(csrf()).with(address))
                .andExpect(redirectedUrl("/beheer")).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private String body(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
        if (session != null) {
            request.session(session);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** A six-digit code that none of the three accepted time steps produces. */
    private String wrongCode(String secret) {
        long step = Math.floorDiv(clock.instant().getEpochSecond(), 30);
        Set<String> valid = LongStream.rangeClosed(step - 1, step + 2)
                .mapToObj(s -> Fixtures.codeAt(secret, java.time.Instant.ofEpochSecond(s * 30))).collect(Collectors.toSet());
        for (int i = 0; ; i++) {
            String candidate = String.format("%06d", (123456 + i * 7919) % 1_000_000);
            if (!valid.contains(candidate)) {
                return candidate;
            }
        }
    }

    private List<String> audit(UUID staffId) {
        return jdbc.sql("SELECT action || ':' || result FROM audit_entry WHERE object_type = 'staff_account' AND object_id = :id")
                .param("id", staffId.toString()).query(String.class).list();
    }
}
