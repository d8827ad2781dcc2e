package nl.samenspraak.pool.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.resident.ResidentFixtures;
import nl.samenspraak.resident.Residents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/** A pool member goes from their privacy page straight to their pool details and consents. */
class PoolFromPrivacyPageTest extends IntegrationTest {

    private static final String BUTTON = "Mijn inwonerpool-gegevens en toestemmingen";

    @Autowired PoolJoining joining;
    @Autowired MembershipChanges changes;
    @Autowired Consents consents;
    @Autowired Fixtures fixtures;
    @Autowired PoolMembers members;
    @Autowired Residents residents;

    @Test
    void aMemberOpensTheirMemberPageFromThePrivacyPageWithAFreshLink() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        var member = joining.join(c, PoolData.byEmail("Wim Pool"), PoolData.anOpenProfile(), true);
        String privacy = new ResidentFixtures(context).privacyLinkOf(c, member.residentId());

        String page = mvc.perform(get("/mijn-gegevens/{t}", privacy)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(BUTTON, "/mijn-gegevens/" + privacy + "/naar/inwonerpool");

        MockHttpServletResponse opened = mvc.perform(post("/mijn-gegevens/{t}/naar/inwonerpool", privacy).with(csrf()))
                .andReturn().getResponse();
        assertThat(opened.getRedirectedUrl()).startsWith("/inwonerpool/mijn/");
        String token = opened.getRedirectedUrl().substring("/inwonerpool/mijn/".length());
        assertThat(token).as("a new link, not the privacy link").isNotEqualTo(privacy);
        assertThat(residents.resolveLink(token, "pool")).hasValueSatisfying(l -> {
            assertThat(l.residentId()).isEqualTo(member.residentId());
            assertThat(l.subjectId()).isEqualTo(member.memberId());
        });
        MockHttpServletResponse memberPage = mvc.perform(get(opened.getRedirectedUrl())).andReturn().getResponse();
        assertThat(memberPage.getStatus()).isEqualTo(200);
        assertThat(memberPage.getContentAsString()).contains("/inwonerpool/mijn/" + token + "/stoppen");
    }

    @Test
    void someoneNotOrNoLongerInThePoolSeesNoButtonAndCannotOpenTheMemberPage() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID outsider = residents.register(c, PoolData.byEmail("Nooit Lid"));
        var left = joining.join(c, PoolData.byEmail("Was Lid"), PoolData.anOpenProfile(), true);
        changes.withdraw(c, left.memberId(), null);

        long poolLinksBefore = countPoolLinks(outsider) + countPoolLinks(left.residentId());
        for (UUID resident : new UUID[] {outsider, left.residentId()}) {
            String privacy = new ResidentFixtures(context).privacyLinkOf(c, resident);
            assertThat(mvc.perform(get("/mijn-gegevens/{t}", privacy)).andReturn().getResponse().getContentAsString())
                    .doesNotContain(BUTTON);
            MockHttpServletResponse refused = mvc.perform(post("/mijn-gegevens/{t}/naar/inwonerpool", privacy).with(csrf()))
                    .andReturn().getResponse();
            assertThat(refused.getStatus()).isEqualTo(404);
            assertThat(refused.getContentAsString()).contains("Deze link werkt niet");
        }
        assertThat(countPoolLinks(outsider) + countPoolLinks(left.residentId())).as("no pool link was issued")
                .isEqualTo(poolLinksBefore);
    }

    @Test
    void anUnknownPrivacyLinkOpensNothing() throws Exception {
        MockHttpServletResponse refused = mvc.perform(post("/mijn-gegevens/{t}/naar/inwonerpool",
                "made-up-token-that-never-existed").with(csrf())).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(404);
    }

    private long countPoolLinks(UUID resident) {
        return context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("SELECT count(*) FROM resident_link WHERE resident_id = :r AND purpose = 'pool'")
                .param("r", resident).query(Long.class).single();
    }
}
