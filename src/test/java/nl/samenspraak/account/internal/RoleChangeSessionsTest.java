package nl.samenspraak.account.internal;

import nl.samenspraak.AdminFixtures;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/** When the administrator changes or ends a person's role, that person's sessions end. */
class RoleChangeSessionsTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired StaffAccounts accounts;
    @Autowired JdbcIndexedSessionRepository sessions;

    @Test
    void changingARoleEndsThePersonsSessionsAndNobodyElses() throws Exception {
        String admin = AdminFixtures.aPlatformAdmin(accounts);
        var world = fixtures.aCollaborationWithStaff();
        String professional = SessionFixtures.aStoredSessionOf(sessions, world.professionalEmail());
        String coordinator = SessionFixtures.aStoredSessionOf(sessions, world.coordinatorEmail());

        mvc.perform(post("/admin/samenwerkingsverbanden/{slug}/medewerkers", world.collaboration().slug())
                        .with(as(admin)).with(csrf()).param("email", world.professionalEmail()).param("role", "VIEWER"))
                .andExpect(status().isFound());

        assertThat(SessionFixtures.exists(sessions, professional)).isFalse();
        assertThat(SessionFixtures.exists(sessions, coordinator)).isTrue();
    }

    @Test
    void givingThePersonTheRoleTheyAlreadyHaveKeepsTheirSessions() {
        var world = fixtures.aCollaborationWithStaff();
        UUID viewer = accounts.idByEmail(world.viewerEmail()).orElseThrow();
        String session = SessionFixtures.aStoredSessionOf(sessions, world.viewerEmail());
        accounts.assign(viewer, world.collaboration().id(), Role.VIEWER, "test");
        assertThat(SessionFixtures.exists(sessions, session)).isTrue();
    }

    @Test
    void revokingARoleEndsThePersonsSessions() throws Exception {
        String admin = AdminFixtures.aPlatformAdmin(accounts);
        var world = fixtures.aCollaborationWithStaff();
        UUID viewer = accounts.idByEmail(world.viewerEmail()).orElseThrow();
        String session = SessionFixtures.aStoredSessionOf(sessions, world.viewerEmail());

        mvc.perform(post("/admin/samenwerkingsverbanden/{slug}/medewerkers/{id}/intrekken", world.collaboration().slug(), viewer)
                .with(as(admin)).with(csrf())).andExpect(status().isFound());

        assertThat(SessionFixtures.exists(sessions, session)).isFalse();
    }
}
