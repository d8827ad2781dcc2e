package nl.samenspraak.pool.internal;

import static nl.samenspraak.pool.internal.PoolData.aJoinForm;
import static nl.samenspraak.pool.internal.PoolData.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspraak.Fixtures;
import nl.samenspraak.FormBrowser;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.input.Author;
import nl.samenspraak.input.Channel;
import nl.samenspraak.input.ContactBy;
import nl.samenspraak.input.InputIntake;
import nl.samenspraak.input.NewInput;
import nl.samenspraak.resident.ContactChannel;
import nl.samenspraak.resident.ResidentDetails;
import nl.samenspraak.resident.ResidentFixtures;
import nl.samenspraak.resident.Residents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The attack of issue 9, as a stranger without an account would try it: join the pool with
 * somebody else's e-mail address, leave again, and hope a page hands out the link that opens
 * everything stored under that address. Nothing of the victim may be revealed, merged or changed,
 * and the "my data" link may reach only the victim's mailbox.
 */
class PrivacyLinkTakeoverTest extends IntegrationTest {

    private static final Pattern ANY_TOKEN_PATH = Pattern.compile("/(mijn-gegevens|inwonerpool/mijn|wie-doet-mee|uitnodiging"
            + "|afspraak|declaratie|aanmelding)/([A-Za-z0-9_-]{20,})");

    @Autowired PoolJoining joining;
    @Autowired Fixtures fixtures;
    @Autowired PoolMembers members;
    @Autowired InputIntake intake;
    @Autowired Residents residents;
    @Autowired JdbcClient jdbc;

    @Test
    void aStrangerWhoJoinsAndLeavesThePoolWithSomeoneElsesAddressGetsNoLinkToTheirData() {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        String slug = world.collaboration().slug();
        String victim = "truus." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        var victimsMembership = joining.join(c, new ResidentDetails("Truus Bakker", victim, "06 12345678",
                "Kerkstraat 7, 1791 AB Den Burg", ContactChannel.EMAIL, "nl"), PoolData.anOpenProfile(), true);
        intake.capture(c, fixtures.aProcess(world), new NewInput("Mijn man heeft dementie en ik red het niet meer",
                Channel.PHONE, today(), false, new Author("Truus Bakker", victim, "Kerkstraat 7", "06 12345678",
                ContactBy.EMAIL, true), world.coordinatorId()));
        String victimBefore = residentRow(victimsMembership.residentId());
        long victimsMailsBefore = mailsTo(victim);

        FormBrowser stranger = new FormBrowser(baseUrl(), "10.91.0." + (1 + (int) (Math.random() * 250)));
        List<String> seen = new ArrayList<>();
        seen.add(stranger.get("/inwonerpool/" + slug).body());
        HttpResponse<String> joined = stranger.post("/inwonerpool/" + slug,
                with(with(aJoinForm(victim), "name", "Iemand Anders"), "phone", "0201234567"));
        assertThat(joined.statusCode()).as("joining looks like any other join").isEqualTo(303);
        String memberPage = stranger.redirectPath(joined);
        String base = memberPage.substring(0, memberPage.indexOf('?'));
        HttpResponse<String> page = stranger.get(memberPage);
        seen.add(page.body());
        assertThat(page.body()).as("the stranger's page shows nothing of the victim")
                .doesNotContain("Truus", "Kerkstraat", "12345678", "dementie");

        seen.add(stranger.get(base + "/stoppen").body());
        HttpResponse<String> left = stranger.post(base + "/stoppen", java.util.Map.of());
        HttpResponse<String> leftPage = stranger.get(stranger.redirectPath(left));
        assertThat(leftPage.statusCode()).isEqualTo(200);
        seen.add(leftPage.body());

        // Whatever link the stranger's browser was given opens no page with the victim's data.
        for (String html : seen) {
            assertThat(html).as("no page hands the stranger a link to the data")
                    .doesNotContainPattern("/mijn-gegevens/[A-Za-z0-9_-]{20,}");
            Matcher m = ANY_TOKEN_PATH.matcher(html);
            while (m.find()) {
                String opened = stranger.get("/" + m.group(1) + "/" + m.group(2)).body();
                assertThat(opened).as("page behind " + m.group()).doesNotContain("Truus", "Kerkstraat", "12345678", "dementie");
            }
        }
        assertThat(stranger.get("/mijn-gegevens/" + victimsMembership.token()).statusCode())
                .as("a link of another purpose does not open the data").isEqualTo(404);

        assertThat(residentRow(victimsMembership.residentId())).as("the victim's record is untouched").isEqualTo(victimBefore);
        assertThat(members.find(c, victimsMembership.memberId()).orElseThrow().active()).as("still a member").isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM outbox_mail WHERE recipient = :e AND body LIKE '%/mijn-gegevens/%'")
                .param("e", victim).query(Long.class).single())
                .as("the link to see or erase the data went to the victim's own mailbox only").isEqualTo(1);
        assertThat(mailsTo(victim)).isGreaterThan(victimsMailsBefore);
    }

    @Test
    void aPrivacyLinkCannotBeMadeForABrowserAndStopsWorkingWhenTheAddressOnRecordChanges() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        String old = "oud." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        UUID resident = residents.register(c, new ResidentDetails("Kees Smit", old, null, null, ContactChannel.EMAIL, "nl"));

        assertThatThrownBy(() -> residents.issueLink(c, resident, "privacy", null, Duration.ofHours(1)))
                .as("only the e-mail path makes privacy links").isInstanceOf(IllegalArgumentException.class);

        String token = new ResidentFixtures(context).privacyLinkOf(c, resident);
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/mijn-gegevens/{t}", token)).andReturn().getResponse().getStatus()).isEqualTo(200);

        residents.update(c, resident, new ResidentDetails("Kees Smit", "nieuw." + old, null, null, ContactChannel.EMAIL, "nl"));

        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/mijn-gegevens/{t}", token)).andReturn().getResponse().getStatus())
                .as("a link proves the mailbox it went to, not the new one").isEqualTo(404);
    }

    private String residentRow(UUID id) {
        return jdbc.sql("SELECT r::text FROM resident r WHERE id = :id").param("id", id).query(String.class).single();
    }

    private long mailsTo(String email) {
        return jdbc.sql("SELECT count(*) FROM outbox_mail WHERE recipient = :e").param("e", email).query(Long.class).single();
    }
}
