package nl.samenspraak.pool.internal;

import nl.samenspraak.pool.MemberId;
import nl.samenspraak.FormBrowser;
import static nl.samenspraak.pool.internal.PoolData.aJoinForm;
import static nl.samenspraak.pool.internal.PoolData.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.pool.internal.Vocabulary.Purpose;
import nl.samenspraak.pool.internal.Vocabulary.Way;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A resident joins, changes their limits and leaves, all through links and plain forms (no JavaScript). */
class PoolMembershipTest extends IntegrationTest {

    @Autowired Consents consents;
    @Autowired Fixtures fixtures;
    @Autowired PoolMembers members;
    @Autowired JdbcClient jdbc;

    @Test
    void residentJoinsChangesLimitsAndLeavesWithoutPasswordOrJavaScript() {
        var world = fixtures.aCollaborationWithStaff();
        String slug = world.collaboration().slug();
        FormBrowser browser = new FormBrowser(baseUrl(), "10.90.0." + (1 + (int) (Math.random() * 250)));
        String email = "ans-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        HttpResponse<String> page = browser.get("/inwonerpool/" + slug);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("U kunt altijd stoppen.");

        HttpResponse<String> joined = browser.post("/inwonerpool/" + slug, aJoinForm(email));
        assertThat(joined.statusCode()).isEqualTo(303);
        String memberPage = browser.redirectPath(joined);
        assertThat(memberPage).startsWith("/inwonerpool/mijn/").endsWith("?nieuw");
        String base = memberPage.substring(0, memberPage.indexOf('?'));

        HttpResponse<String> welcome = browser.get(memberPage);
        assertThat(welcome.statusCode()).isEqualTo(200);
        assertThat(welcome.body()).contains(base).contains("Welkom in de inwonerpool");
        Member member = memberOf(world.collaboration().id(), email);
        assertThat(member.profile().days()).containsExactlyInAnyOrder(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
        assertThat(consents.current(MemberId.of(member.id()))).containsEntry(Purpose.INVITATIONS, true).containsEntry(Purpose.RESULTS, true);
        assertThat(jdbc.sql("SELECT count(*) FROM outbox_mail WHERE recipient = :e AND body LIKE :link")
                .param("e", email).param("link", "%" + base + "%").query(Long.class).single())
                .as("the personal link is also sent").isEqualTo(1);
        assertThat(jdbc.sql("SELECT channel FROM resident_participation WHERE resident_id = :r AND kind = 'POOL'")
                .param("r", member.residentId()).query(String.class).single()).isEqualTo("ONLINE");

        Map<String, List<String>> change = with(with(aJoinForm(email), "days", "SATURDAY"), "ways", "VIDEO");
        change = with(with(change, "hoursPerMonth", "3"), "consentResults");
        HttpResponse<String> saved = browser.post(base, change);
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(browser.redirectPath(saved)).isEqualTo(base + "?opgeslagen");
        Member changed = members.find(world.collaboration().id(), member.id()).orElseThrow();
        assertThat(changed.profile().days()).containsExactly(DayOfWeek.SATURDAY);
        assertThat(changed.profile().ways()).containsExactly(Way.VIDEO);
        assertThat(changed.profile().hoursPerMonth()).isEqualTo(3);
        assertThat(consents.current(MemberId.of(member.id()))).containsEntry(Purpose.RESULTS, false);
        assertThat(consents.record(MemberId.of(member.id()))).as("withdrawing consent adds to the record").hasSize(3);

        HttpResponse<String> wrong = browser.post(base, with(change, "hoursPerMonth", "999"));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("Vul een getal in van 1 tot 80.").contains("aria-invalid=\"true\"");
        assertThat(members.find(world.collaboration().id(), member.id()).orElseThrow().profile().hoursPerMonth())
                .as("nothing stored on a rejected form").isEqualTo(3);

        assertThat(browser.get(base + "/stoppen").statusCode()).isEqualTo(200);
        HttpResponse<String> left = browser.post(base + "/stoppen", Map.of());
        assertThat(left.statusCode()).isEqualTo(302);
        HttpResponse<String> leftPage = browser.get(browser.redirectPath(left));
        assertThat(leftPage.statusCode()).isEqualTo(200);
        assertThat(leftPage.body()).as("the link to the data goes by e-mail, not to this browser")
                .contains("Wij hebben u een e-mail gestuurd").doesNotContainPattern("/mijn-gegevens/[A-Za-z0-9_-]{20,}");
        assertThat(jdbc.sql("SELECT count(*) FROM outbox_mail WHERE recipient = :e AND body LIKE '%/mijn-gegevens/%'")
                .param("e", email).query(Long.class).single()).as("the privacy link is mailed to the member").isEqualTo(1);
        assertThat(members.find(world.collaboration().id(), member.id()).orElseThrow().active()).isFalse();
        assertThat(consents.current(MemberId.of(member.id()))).containsEntry(Purpose.INVITATIONS, false);
        HttpResponse<String> gone = browser.get(base);
        assertThat(gone.statusCode()).as("the member page's link is revoked").isEqualTo(404);
        assertThat(gone.body()).contains("Deze link werkt niet");
    }

    @Test
    void rejectsAnIncompleteJoinFormWithMessagesAtEachFieldAndStoresNothing() {
        var world = fixtures.aCollaborationWithStaff();
        String slug = world.collaboration().slug();
        FormBrowser browser = new FormBrowser(baseUrl(), "10.90.1." + (1 + (int) (Math.random() * 250)));
        browser.get("/inwonerpool/" + slug);
        Map<String, List<String>> form = with(with(with(aJoinForm(""), "days"), "consentInvitations"), "ways", "FLYING");

        HttpResponse<String> response = browser.post("/inwonerpool/" + slug, form);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("U koos voor e-mail. Vul dan uw e-mailadres in.",
                "Kies minstens één dag.", "Zonder deze toestemming kunnen wij u niet uitnodigen.", "Kies minstens één manier")
                .contains("href=\"#days\"").contains("id=\"days-fout\"").contains("value=\"Ans de Vries\"");
        assertThat(jdbc.sql("SELECT count(*) FROM pool_member WHERE collaboration_id = :c")
                .param("c", world.collaboration().id()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM resident WHERE collaboration_id = :c")
                .param("c", world.collaboration().id()).query(Long.class).single()).isZero();
    }

    @Test
    void anUnknownLinkGetsAFriendlyNotFoundPage() {
        FormBrowser browser = new FormBrowser(baseUrl(), "10.90.2.1");
        for (String path : List.of("/inwonerpool/mijn/verzonnen", "/uitnodiging/verzonnen", "/afspraak/verzonnen",
                "/inwonerpool/mijn/verzonnen/afspraken/" + UUID.randomUUID(), "/inwonerpool/bestaat-niet")) {
            assertThat(browser.get(path).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(browser.get("/uitnodiging/verzonnen").body()).contains("Deze link werkt niet");
    }

    private Member memberOf(UUID collaborationId, String email) {
        UUID resident = jdbc.sql("SELECT id FROM resident WHERE email = :e").param("e", email).query(UUID.class).single();
        return members.ofResident(collaborationId, resident).orElseThrow();
    }
}
