package nl.samenspraak.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/** A staff session ends after 30 idle minutes, and 12 hours after login however busy; then the login page says why. */
class SessionLifetimeTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired Clock clock;
    @Autowired MessageSource messages;
    @Autowired JdbcIndexedSessionRepository sessions;
    @Value("${samenspraak.session.absolute-timeout}") Duration absolute;

    @Test
    void theDefaultsAreThirtyIdleMinutesAndTwelveHours() {
        assertThat(absolute).isEqualTo(Duration.ofHours(12));
        assertThat(SessionFixtures.store(sessions).createSession().getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void aSessionIdleForMoreThanThirtyMinutesIsGoneFromTheStore() {
        String email = fixtures.aCollaborationWithStaff().professionalEmail();
        String id = SessionFixtures.aStoredSessionOf(sessions, email);
        var store = SessionFixtures.store(sessions);
        var stored = store.findById(id);
        stored.setLastAccessedTime(clock.instant().minus(Duration.ofMinutes(31)));
        store.save(stored);
        assertThat(sessions.findById(id)).isNull();
        assertThat(sessions.findByPrincipalName(email)).isEmpty();
    }

    @Test
    void twelveHoursAfterLoginTheNextStaffPageLeadsToTheLoginPageWithAMessage() throws Exception {
        String email = fixtures.aCollaborationWithStaff().professionalEmail();
        MockHttpSession session = SessionFixtures.aLoggedInSession(users, email, null);
        session.setAttribute(SessionLifetimeFilter.LOGGED_IN_AT,
                clock.instant().minus(absolute).minusSeconds(1).toEpochMilli());

        mvc.perform(get("/beheer").session(session)).andExpect(redirectedUrl("/login?expired"));

        assertThat(session.isInvalid()).isTrue();
        assertThat(mvc.perform(get("/login?expired")).andReturn().getResponse().getContentAsString())
                .contains(SessionFixtures.asHtml(messages.getMessage("account.session.expired", null, Locale.forLanguageTag("nl"))));
    }

    @Test
    void aBusySessionWorksUntilThenAndRemembersWhenItsLoginWasSeen() throws Exception {
        String email = fixtures.aCollaborationWithStaff().professionalEmail();
        MockHttpSession session = SessionFixtures.aLoggedInSession(users, email, null);

        mvc.perform(get("/beheer").session(session)).andExpect(status().isOk());
        long seen = (Long) session.getAttribute(SessionLifetimeFilter.LOGGED_IN_AT);
        assertThat(seen).isBetween(clock.instant().minusSeconds(60).toEpochMilli(), clock.instant().toEpochMilli());

        session.setAttribute(SessionLifetimeFilter.LOGGED_IN_AT,
                clock.instant().minus(absolute).plus(Duration.ofMinutes(5)).toEpochMilli());
        mvc.perform(get("/beheer").session(session)).andExpect(status().isOk());
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void loggingInAgainInTheSameBrowserStartsTheLifetimeAnew() throws Exception {
        String email = fixtures.aCollaborationWithStaff().professionalEmail();
        MockHttpSession session = SessionFixtures.aLoggedInSession(users, email, null);
        long old = clock.instant().minus(absolute).plus(Duration.ofMinutes(1)).toEpochMilli();
        session.setAttribute(SessionLifetimeFilter.LOGGED_IN_AT, old);

        mvc.perform(post("/login").session(session).with(csrf()).param("email", email).param("password", Fixtures.PASSWORD)
                        .with((MockHttpServletRequest request) -> {
                            request.setRemoteAddr("10.66.1." + (1 + Math.abs(email.hashCode() % 250)));
                            return request;
                        }))
                .andExpect(redirectedUrl("/beheer"));

        assertThat((Long) session.getAttribute(SessionLifetimeFilter.LOGGED_IN_AT))
                .isGreaterThan(clock.instant().minusSeconds(60).toEpochMilli());
    }

    @Test
    void anEndedSessionOnAPublicPageJustContinuesWithoutLogin() throws Exception {
        String email = fixtures.aCollaborationWithStaff().professionalEmail();
        MockHttpSession session = SessionFixtures.aLoggedInSession(users, email, null);
        session.setAttribute(SessionLifetimeFilter.LOGGED_IN_AT,
                clock.instant().minus(absolute).minusSeconds(1).toEpochMilli());

        mvc.perform(get("/kennisbank").session(session)).andExpect(status().isOk());
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aBrowserWhoseSessionEndedIsToldSoOnTheNextStaffPage() throws Exception {
        mvc.perform(get("/beheer").with((MockHttpServletRequest request) -> {
            request.setRequestedSessionId("ended-session");
            request.setRequestedSessionIdValid(false);
            return request;
        })).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(get("/volg").with((MockHttpServletRequest request) -> {
            request.setRequestedSessionId("ended-session");
            request.setRequestedSessionIdValid(false);
            return request;
        })).andExpect(status().isOk());
    }
}
