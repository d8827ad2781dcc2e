package nl.samenspraak.vision.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.Fixtures.World;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.platform.Hashing;
import nl.samenspraak.platform.Outbox;
import nl.samenspraak.resident.ContactChannel;
import nl.samenspraak.resident.ResidentDetails;
import nl.samenspraak.resident.Residents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The personal vision link as an attacker tries it: it proves only that its resident may comment on its own
 * collaboration's draft, only while it is valid. Expired, revoked, erased, guessed or made-for-something-else
 * links open nothing and store nothing; a valid link cannot be steered to another collaboration or resident.
 */
class VisionLinkAttackTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired Residents residents;
    @Autowired Outbox outbox;
    @Autowired JdbcClient jdbc;
    @Autowired VisionPersonalData personalData;

    private World ours;
    private World theirs;
    private UUID ria;
    private String token;

    @BeforeEach
    void aResidentInvitedToCommentOnOurDraft() throws Exception {
        ours = fixtures.aCollaborationWithStaff();
        theirs = fixtures.aCollaborationWithStaff();
        mvc.perform(post("/beheer/{slug}/visie/concept", ours.collaboration().slug()).with(csrf())
                .with(as(ours.coordinatorEmail())).param("visionText", "Wij praten samen over hulp dicht bij huis."));
        mvc.perform(post("/beheer/{slug}/visie/concept", theirs.collaboration().slug()).with(csrf())
                .with(as(theirs.coordinatorEmail())).param("visionText", "Geheim concept van een ander verband."));
        ria = residents.register(ours.collaboration().id(), new ResidentDetails("Ria van Dam",
                "ria-" + UUID.randomUUID() + "@example.org", null, null, ContactChannel.EMAIL, "nl"));
        assertThat(mvc.perform(post("/beheer/{slug}/visie/uitnodigen", ours.collaboration().slug()).with(csrf())
                .with(as(ours.coordinatorEmail())).param("residentId", ria.toString())).andReturn().getResponse()
                .getStatus()).isEqualTo(303);
        Outbox.MailView mail = outbox.latest(ours.collaboration().id(), 10).stream()
                .filter(m -> m.body().contains("/visie/")).findFirst().orElseThrow();
        token = mail.body().replaceAll("(?s).*/visie/([A-Za-z0-9_-]+).*", "$1");
        assertThat(status(get("/visie/{token}", token))).isEqualTo(200);
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private MockHttpServletRequestBuilder comment(String t) {
        return post("/visie/{token}", t).with(csrf()).param("kind", "COMMENT").param("text", "Graag ook op zaterdag.")
                .param("naming", "ANONYMOUS").param("firstName", "");
    }

    private long comments() {
        return jdbc.sql("SELECT count(*) FROM vision_comment WHERE collaboration_id IN (:ours, :theirs)")
                .param("ours", ours.collaboration().id()).param("theirs", theirs.collaboration().id())
                .query(Long.class).single();
    }

    @Test
    void aValidLinkCannotBeSteeredToAnotherCollaborationOrResident() throws Exception {
        UUID other = residents.register(theirs.collaboration().id(), new ResidentDetails("Piet Ander",
                "piet-" + UUID.randomUUID() + "@example.org", null, null, ContactChannel.EMAIL, "nl"));
        String page = mvc.perform(get("/visie/{token}", token).param("slug", theirs.collaboration().slug()))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Wij praten samen").doesNotContain("Geheim concept");

        assertThat(status(comment(token).param("collaborationId", theirs.collaboration().id().toString())
                .param("residentId", other.toString()).param("who", "STAFF").param("organisation", "Gemeente")))
                .isEqualTo(303);
        var stored = jdbc.sql("""
                        SELECT collaboration_id, resident_id, source, author_kind, organisation FROM vision_comment
                        WHERE collaboration_id IN (:ours, :theirs)
                        """).param("ours", ours.collaboration().id()).param("theirs", theirs.collaboration().id())
                .query().singleRow();
        assertThat(stored.get("collaboration_id")).isEqualTo(ours.collaboration().id());
        assertThat(stored.get("resident_id")).isEqualTo(ria);
        assertThat(stored.get("source")).isEqualTo("LINK");
        assertThat(stored.get("author_kind")).isEqualTo("RESIDENT");
        assertThat(stored.get("organisation")).isNull();
    }

    @Test
    void anExpiredARevokedAnErasedOrAGuessedLinkOpensNothingAndStoresNothing() throws Exception {
        for (String guess : new String[] {token + "x", token.substring(1), "", "x".repeat(5_000), "../beheer",
                "%00" + token}) {
            if (!guess.isEmpty()) {
                assertThat(status(get("/visie/{token}", guess))).as(guess).isIn(400, 404);
                assertThat(status(comment(guess))).as(guess).isIn(400, 404);
            }
        }
        jdbc.sql("UPDATE resident_link SET expires_at = :past WHERE token_hash = :h")
                .param("past", Timestamp.from(clock.instant().minusSeconds(1))).param("h", Hashing.sha256(token)).update();
        assertThat(status(get("/visie/{token}", token))).as("expired").isEqualTo(404);
        assertThat(status(comment(token))).as("expired").isEqualTo(404);

        jdbc.sql("UPDATE resident_link SET expires_at = :future WHERE token_hash = :h")
                .param("future", Timestamp.from(clock.instant().plus(Duration.ofDays(1)))).param("h", Hashing.sha256(token))
                .update();
        assertThat(status(get("/visie/{token}", token))).isEqualTo(200);
        residents.revokeLinks(ria, VisionInviting.PURPOSE, null);
        assertThat(status(get("/visie/{token}", token))).as("revoked").isEqualTo(404);
        assertThat(status(comment(token))).as("revoked").isEqualTo(404);
        assertThat(comments()).isZero();
    }

    @Test
    void aVisionLinkOpensNoOtherPersonalPageAndNoOtherLinkOpensTheVisionPage() throws Exception {
        for (String path : new String[] {"/aanmelding/{token}", "/declaratie/{token}", "/afspraak/{token}",
                "/uitnodiging/{token}", "/zelfscan/{token}"}) {
            assertThat(status(get(path, token))).as(path).isEqualTo(404);
        }
        String registration = residents.issueLink(ours.collaboration().id(), ria, "registration", UUID.randomUUID(),
                Duration.ofDays(30));
        String claim = residents.issueLink(ours.collaboration().id(), ria, "claim", UUID.randomUUID(), Duration.ofDays(30));
        for (String other : new String[] {registration, claim}) {
            assertThat(status(get("/visie/{token}", other))).isEqualTo(404);
            assertThat(status(comment(other))).isEqualTo(404);
        }
        assertThat(comments()).isZero();

        personalData.erase(new nl.samenspraak.resident.ResidentIdentity(ours.collaboration().id(), ria, null, null));
        jdbc.sql("UPDATE resident SET erased_at = :now WHERE id = :r").param("now", Timestamp.from(clock.instant()))
                .param("r", ria).update();
        assertThat(status(get("/visie/{token}", token))).as("after erasure").isEqualTo(404);
    }
}
