package nl.samenspraak.vision.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.Fixtures.World;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.ForbiddenException;
import nl.samenspraak.account.Role;
import nl.samenspraak.collaboration.CollaborationId;
import nl.samenspraak.language.PublishedTexts;
import nl.samenspraak.language.TextReview;
import nl.samenspraak.platform.Outbox;
import nl.samenspraak.resident.ContactChannel;
import nl.samenspraak.resident.PersonalDataHolder;
import nl.samenspraak.resident.ResidentDetails;
import nl.samenspraak.resident.ResidentIdentity;
import nl.samenspraak.resident.Residents;
import nl.samenspraak.vision.SharedVisions;
import nl.samenspraak.vision.VisionVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * The rules of the shared vision through its pages: only the coordinator writes and publishes, versions never
 * change, comments count towards the next version and name residents as they chose, bad input gets a 422 and
 * changes nothing, another collaboration's comments stay out of reach, and the yearly review mails once.
 */
class VisionPagesTest extends IntegrationTest {

    private static final Locale NL = Locale.forLanguageTag("nl");

    @Autowired Fixtures fixtures;
    @Autowired VisionService visions;
    @Autowired Visions store;
    @Autowired SharedVisions shared;
    @Autowired VisionReviewReminders reminders;
    @Autowired Residents residents;
    @Autowired Outbox outbox;
    @Autowired JdbcClient jdbc;
    @Autowired PublishedTexts publishedTexts;
    @Autowired MessageSource messages;
    @Autowired List<PersonalDataHolder> holders;

    @Test
    void coordinatorDraftsAndPublishesVersionsThatNeverChangeAndComparesThem() throws Exception {
        World world = fixtures.aCollaborationWithStaff();
        String slug = world.collaboration().slug();
        UUID c = world.collaboration().id();

        MockHttpServletResponse saved = perform(post("/beheer/{slug}/visie/concept", slug).with(csrf())
                .with(as(world.coordinatorEmail())).param("visionText", "Wij vragen inwoners om hun mening."));
        assertThat(saved.getStatus()).isEqualTo(303);
        assertThat(status(post("/beheer/{slug}/visie/publiceren", slug).with(csrf()).with(as(world.coordinatorEmail()))))
                .as("the first version needs no change note").isEqualTo(303);

        perform(post("/beheer/{slug}/visie/concept", slug).with(csrf()).with(as(world.coordinatorEmail()))
                .param("visionText", "Wij vragen inwoners om hun mening, ook in de avond."));
        MockHttpServletResponse noNote = perform(post("/beheer/{slug}/visie/publiceren", slug).with(csrf())
                .with(as(world.coordinatorEmail())).param("changeNote", " "));
        assertThat(noNote.getStatus()).isEqualTo(422);
        assertThat(HtmlUtils.htmlUnescape(noNote.getContentAsString())).contains(text("vision.error.changeNoteRequired"));
        assertThat(shared.versions(CollaborationId.of(c))).hasSize(1);

        assertThat(status(post("/beheer/{slug}/visie/publiceren", slug).with(csrf()).with(as(world.coordinatorEmail()))
                .param("changeNote", "Ook in de avond."))).isEqualTo(303);
        List<VisionVersion> versions = shared.versions(CollaborationId.of(c));
        assertThat(versions).extracting(VisionVersion::number).containsExactly(1, 2);
        assertThat(shared.current(CollaborationId.of(c))).get().extracting(VisionVersion::changeNote).isEqualTo("Ook in de avond.");
        assertThat(versions.getFirst().publishedOn()).isEqualTo(today());

        // Publishing the same text again is refused: nothing changed.
        MockHttpServletResponse same = perform(post("/beheer/{slug}/visie/publiceren", slug).with(csrf())
                .with(as(world.coordinatorEmail())).param("changeNote", "Niets."));
        assertThat(same.getStatus()).isEqualTo(422);
        assertThat(HtmlUtils.htmlUnescape(same.getContentAsString())).contains(text("vision.error.unchanged"));

        // A published version is a record: the database refuses to change or remove it.
        assertThatThrownBy(() -> jdbc.sql("UPDATE vision_version SET text = 'anders' WHERE collaboration_id = :c")
                .param("c", c).update()).hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM vision_version WHERE collaboration_id = :c").param("c", c).update())
                .hasMessageContaining("cannot be changed");

        String comparison = HtmlUtils.htmlUnescape(body(get("/samenwerkingen/{slug}/visie/vergelijk?van=1&tot=2", slug)));
        assertThat(comparison).contains("<ins><span class=\"diff-label\"", text("vision.public.added"), text("vision.public.removed"))
                .contains("<del>");
        assertThat(status(get("/samenwerkingen/{slug}/visie/vergelijk?van=1&tot=9", slug))).isEqualTo(400);
        assertThat(status(get("/samenwerkingen/{slug}/visie/vergelijk?van=x&tot=2", slug))).isEqualTo(400);
        assertThat(status(get("/samenwerkingen/{slug}/visie/7", slug))).isEqualTo(404);

        String home = HtmlUtils.htmlUnescape(body(get("/samenwerkingen/{slug}", slug)));
        assertThat(home).contains(world.collaboration().name(), "Wij vragen inwoners om hun mening, ook in de avond.",
                "/samenwerkingen/" + slug + "/rollen", "/samenwerkingen/" + slug + "/voortgang",
                "/samenwerkingen/" + slug + "/bijeenkomsten.ics", "/samenwerkingen/" + slug + "/visie");
    }

    @Test
    void aVisionAboveB1IsSavedAndPublishedOnlyAfterAConfirmationThatIsRecorded() throws Exception {
        World world = fixtures.aCollaborationWithStaff();
        String slug = world.collaboration().slug();
        UUID c = world.collaboration().id();
        String hard = "In het kader van de implementatie van de decentralisatie wordt de samenwerking door de gemeente "
                + "geëffectueerd, waarbij de afweging van de belangen van alle betrokken partijen in ogenschouw wordt "
                + "genomen en de totstandkoming van het beleidskader wordt gemonitord.";

        // "Controleer mijn tekst" shows the verdict on the page and stores nothing.
        MockHttpServletResponse checked = perform(post("/beheer/{slug}/visie/concept", slug).with(csrf())
                .with(as(world.coordinatorEmail())).param("visionText", hard)
                .param(TextReview.CHECK_PARAMETER, "visionText"));
        assertThat(checked.getStatus()).isEqualTo(200);
        assertThat(checked.getContentAsString()).contains("language-panel", "implementatie");
        assertThat(visions.draft(c)).isEmpty();

        MockHttpServletResponse unconfirmed = perform(post("/beheer/{slug}/visie/concept", slug).with(csrf())
                .with(as(world.coordinatorEmail())).param("visionText", hard));
        assertThat(unconfirmed.getStatus()).isEqualTo(422);
        assertThat(HtmlUtils.htmlUnescape(unconfirmed.getContentAsString())).contains(text("language.confirm.required"));
        assertThat(visions.draft(c)).as("nothing stored").isEmpty();

        assertThat(status(post("/beheer/{slug}/visie/concept", slug).with(csrf()).with(as(world.coordinatorEmail()))
                .param("visionText", hard).param(TextReview.CONFIRMATION_FIELD, "true"))).isEqualTo(303);
        assertThat(status(post("/beheer/{slug}/visie/publiceren", slug).with(csrf()).with(as(world.coordinatorEmail()))))
                .as("publishing asks again").isEqualTo(422);
        assertThat(shared.versions(CollaborationId.of(c))).isEmpty();

        assertThat(status(post("/beheer/{slug}/visie/publiceren", slug).with(csrf()).with(as(world.coordinatorEmail()))
                .param(TextReview.CONFIRMATION_FIELD, "true"))).isEqualTo(303);
        assertThat(shared.versions(CollaborationId.of(c))).hasSize(1);
        assertThat(publishedTexts.summary(c)).as("the dashboard's count: one text, above B1, confirmed")
                .isEqualTo(new PublishedTexts.Summary(1, 0, 1));
        assertThat(jdbc.sql("SELECT actor FROM audit_entry WHERE collaboration_id = :c AND action = :a")
                .param("c", c).param("a", PublishedTexts.CONFIRMED_ACTION).query(String.class).list())
                .as("the confirmation is audited with who gave it").hasSize(1).allSatisfy(actor ->
                        assertThat(actor).isNotBlank());
    }

    @Test
    void onlyTheCoordinatorWritesPublishesAndMarksAndViewersDoNotReadComments() throws Exception {
        World world = fixtures.aCollaborationWithStaff();
        String slug = world.collaboration().slug();
        UUID c = world.collaboration().id();
        CollaborationAccess professional = new CollaborationAccess(c, slug, "x", Role.PROFESSIONAL, UUID.randomUUID(), "p");
        assertThatThrownBy(() -> visions.publish(professional, "note")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> visions.saveDraft(professional, "tekst")).isInstanceOf(ForbiddenException.class);

        assertThat(status(post("/beheer/{slug}/visie/concept", slug).with(csrf()).with(as(world.professionalEmail()))
                .param("visionText", "Van de professional."))).isEqualTo(403);
        assertThat(status(post("/beheer/{slug}/visie/publiceren", slug).with(csrf()).with(as(world.professionalEmail()))))
                .isEqualTo(403);
        assertThat(status(post("/beheer/{slug}/visie/reacties", slug).with(csrf()).with(as(world.viewerEmail()))
                .param("who", "STAFF").param("kind", "COMMENT").param("commentText", "Van de kijker."))).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM vision_comment WHERE collaboration_id = :c").param("c", c)
                .query(Integer.class).single()).isZero();

        perform(post("/beheer/{slug}/visie/concept", slug).with(csrf()).with(as(world.coordinatorEmail()))
                .param("visionText", "Samen beslissen over zorg in de wijk."));
        assertThat(status(post("/beheer/{slug}/visie/reacties", slug).with(csrf()).with(as(world.professionalEmail()))
                .param("who", "MEETING").param("kind", "COMMENT").param("firstName", "Truus")
                .param("commentText", "Geheime mening van Truus."))).isEqualTo(303);

        String asViewer = HtmlUtils.htmlUnescape(body(get("/beheer/{slug}/visie", slug).with(as(world.viewerEmail()))));
        assertThat(asViewer).contains("Samen beslissen over zorg in de wijk.").doesNotContain("Geheime mening van Truus.")
                .contains(text("vision.staff.commentsHidden"));
        String asProfessional = HtmlUtils.htmlUnescape(body(get("/beheer/{slug}/visie", slug).with(as(world.professionalEmail()))));
        assertThat(asProfessional).contains("Geheime mening van Truus.", "Truus", text("vision.source.MEETING"));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE collaboration_id = :c AND action = 'vision.comments.view'")
                .param("c", c).query(Integer.class).single()).as("reading residents' comments is audited").isPositive();
    }

    @Test
    void badInputGets422AndChangesNothingAndOtherCollaborationsCommentsAreOutOfReach() throws Exception {
        World world = fixtures.aCollaborationWithStaff();
        World other = fixtures.aCollaborationWithStaff();
        String slug = world.collaboration().slug();
        UUID c = world.collaboration().id();
        perform(post("/beheer/{slug}/visie/concept", slug).with(csrf()).with(as(world.coordinatorEmail()))
                .param("visionText", "Iedereen doet mee."));

        MockHttpServletResponse tooLong = perform(post("/beheer/{slug}/visie/concept", slug).with(csrf())
                .with(as(world.coordinatorEmail())).param("visionText", "woord ".repeat(3_000)));
        assertThat(tooLong.getStatus()).isEqualTo(422);
        assertThat(visions.draftText(c)).isEqualTo("Iedereen doet mee.");

        for (RequestBuilder bad : List.of(
                post("/beheer/{slug}/visie/reacties", slug).with(csrf()).with(as(world.professionalEmail()))
                        .param("who", "BOSS").param("kind", "COMMENT").param("commentText", "x"),
                post("/beheer/{slug}/visie/reacties", slug).with(csrf()).with(as(world.professionalEmail()))
                        .param("who", "STAFF").param("kind", "DELETE").param("commentText", "x"),
                post("/beheer/{slug}/visie/reacties", slug).with(csrf()).with(as(world.professionalEmail()))
                        .param("who", "STAFF").param("kind", "PROPOSAL").param("passage", "Dit staat er niet in.")
                        .param("commentText", "Een betere zin."),
                post("/beheer/{slug}/visie/reacties", slug).with(csrf()).with(as(world.professionalEmail()))
                        .param("who", "STAFF").param("kind", "COMMENT").param("commentText", "x".repeat(2_001)))) {
            assertThat(status(bad)).isEqualTo(422);
        }
        assertThat(visions.commentCount(c)).isZero();

        assertThat(status(post("/beheer/{slug}/visie/reacties", slug).with(csrf()).with(as(world.professionalEmail()))
                .param("who", "STAFF").param("kind", "PROPOSAL").param("passage", "iedereen  DOET mee")
                .param("commentText", "Iedereen mag meedoen."))).as("a passage matches whatever its case and spacing")
                .isEqualTo(303);
        UUID comment = visions.commentsOnDraft(c, null, 10).getFirst().id();

        // The other collaboration's coordinator cannot mark it, through their own slug or ours.
        assertThat(status(post("/beheer/{slug}/visie/reacties/status", other.collaboration().slug()).with(csrf())
                .with(as(other.coordinatorEmail())).param("commentId", comment.toString()).param("status", "USED")))
                .isEqualTo(404);
        assertThat(status(post("/beheer/{slug}/visie/reacties/status", slug).with(csrf())
                .with(as(other.coordinatorEmail())).param("commentId", comment.toString()).param("status", "USED")))
                .isEqualTo(404);
        assertThat(status(post("/beheer/{slug}/visie/reacties/status", slug).with(csrf())
                .with(as(world.coordinatorEmail())).param("commentId", comment.toString()).param("status", "GONE")))
                .isEqualTo(422);
        assertThat(visions.commentsOnDraft(c, null, 10).getFirst().status()).isEqualTo(CommentStatus.OPEN);
        assertThat(status(post("/beheer/{slug}/visie/reacties/status", slug).with(csrf())
                .with(as(world.coordinatorEmail())).param("commentId", comment.toString()).param("status", "USED")))
                .isEqualTo(303);
        assertThat(visions.commentsOnDraft(c, null, 10).getFirst().status()).isEqualTo(CommentStatus.USED);
        assertThat(body(get("/beheer/{slug}/visie", other.collaboration().slug()).with(as(other.coordinatorEmail()))))
                .doesNotContain("Iedereen mag meedoen.");
    }

    @Test
    void residentCommentsThroughTheirOwnLinkIsNamedAsTheyChoseAndErasureKeepsOnlyAnAnonymousCount() throws Exception {
        World world = fixtures.aCollaborationWithStaff();
        String slug = world.collaboration().slug();
        UUID c = world.collaboration().id();
        perform(post("/beheer/{slug}/visie/concept", slug).with(csrf()).with(as(world.coordinatorEmail()))
                .param("visionText", "We praten samen over hulp dicht bij huis."));
        UUID ria = residents.register(c, new ResidentDetails("Ria van Dam", "ria-" + UUID.randomUUID() + "@example.org",
                null, null, ContactChannel.EMAIL, "nl"));
        UUID piet = residents.register(c, new ResidentDetails("Piet Brief", null, null, "Dorpsstraat 1, Den Burg",
                ContactChannel.POST, "nl"));

        assertThat(status(post("/beheer/{slug}/visie/uitnodigen", slug).with(csrf()).with(as(world.coordinatorEmail()))
                .param("residentId", "not-a-uuid"))).isEqualTo(422);
        assertThat(status(post("/beheer/{slug}/visie/uitnodigen", slug).with(csrf()).with(as(world.coordinatorEmail()))
                .param("residentId", UUID.randomUUID().toString()))).as("a resident of no collaboration of ours").isEqualTo(404);
        assertThat(status(post("/beheer/{slug}/visie/uitnodigen", slug).with(csrf()).with(as(world.coordinatorEmail()))
                .param("residentId", ria.toString()).param("residentId", piet.toString()))).isEqualTo(303);

        Outbox.MailView mail = outbox.latest(c, 10).stream().filter(m -> m.subject().contains(world.collaboration().name()))
                .findFirst().orElseThrow();
        String token = mail.body().replaceAll("(?s).*/visie/([A-Za-z0-9_-]+).*", "$1");
        assertThat(jdbc.sql("SELECT body FROM resident_message WHERE resident_id = :r").param("r", piet)
                .query(String.class).single()).as("the letter resident gets the link on paper").contains("/visie/");
        String staffPage = body(get("/beheer/{slug}/visie/uitnodigen", slug).with(as(world.coordinatorEmail())));
        assertThat(staffPage).as("staff never see the link").doesNotContain(token);

        assertThat(body(get("/visie/{token}", token))).contains("We praten samen over hulp dicht bij huis.", "value=\"Ria\"");
        MockHttpServletResponse noName = perform(post("/visie/{token}", token).with(csrf()).param("kind", "COMMENT")
                .param("text", "Graag ook op zaterdag.").param("naming", "FIRST_NAME").param("firstName", ""));
        assertThat(noName.getStatus()).isEqualTo(422);
        assertThat(HtmlUtils.htmlUnescape(noName.getContentAsString())).contains(text("vision.error.firstNameRequired"))
                .contains("Graag ook op zaterdag.");
        assertThat(status(post("/visie/{token}", token).with(csrf()).param("kind", "COMMENT")
                .param("text", "Graag ook op zaterdag.").param("naming", "FIRST_NAME").param("firstName", "Ria")))
                .isEqualTo(303);
        assertThat(status(get("/visie/{token}", token + "x"))).isEqualTo(404);

        perform(post("/beheer/{slug}/visie/reacties", slug).with(csrf()).with(as(world.professionalEmail()))
                .param("who", "STAFF").param("kind", "COMMENT").param("commentText", "Prima plan.")
                .param("organisation", world.collaboration().name().replace("Samen Gezond", "Gemeente")));
        perform(post("/beheer/{slug}/visie/concept", slug).with(csrf()).with(as(world.coordinatorEmail()))
                .param("visionText", "We praten samen over hulp dicht bij huis, ook op zaterdag."));
        perform(post("/beheer/{slug}/visie/publiceren", slug).with(csrf()).with(as(world.coordinatorEmail())));

        VisionVersion v1 = shared.current(CollaborationId.of(c)).orElseThrow();
        assertThat(v1.residentContributors()).isEqualTo(1);
        assertThat(v1.professionalContributors()).isEqualTo(1);
        String versions = HtmlUtils.htmlUnescape(body(get("/samenwerkingen/{slug}/visie", slug)));
        assertThat(versions).contains(text("vision.public.resident", "Ria")).doesNotContain("Ria van Dam")
                .contains("Professional");

        ResidentIdentity who = new ResidentIdentity(c, ria, null, null);
        VisionPersonalData data = holders.stream().filter(VisionPersonalData.class::isInstance)
                .map(VisionPersonalData.class::cast).findFirst().orElseThrow();
        assertThat(data.export(who)).extracting(s -> s.titleKey())
                .containsExactly("vision.privacy.comments", "vision.privacy.invitations");
        data.erase(who);
        assertThat(data.export(who)).isEmpty();
        assertThat(shared.current(CollaborationId.of(c)).orElseThrow().residentContributors())
                .as("the published count stays true").isEqualTo(1);
        String after = HtmlUtils.htmlUnescape(body(get("/samenwerkingen/{slug}/visie", slug)));
        assertThat(after).doesNotContain(text("vision.public.resident", "Ria")).contains(text("vision.resident.anonymous"));
        assertThat(jdbc.sql("SELECT count(*) FROM vision_comment WHERE resident_id = :r AND text IS NOT NULL")
                .param("r", ria).query(Integer.class).single()).isZero();
    }

    @Test
    void theYearlyReviewMailsTheCoordinatorsOnceAYearAndTheStaffPageSaysSo() throws Exception {
        World world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        LocalDate published = today().minusDays(10);
        store.addVersion(c, published, clock.instant(), "Onze visie.", "", "test");

        assertThat(body(get("/beheer/{slug}/visie", world.collaboration().slug()).with(as(world.viewerEmail()))))
                .doesNotContain(text("vision.staff.reviewHeading"));
        reminders.remindOn(published.plusMonths(11));
        assertThat(reviewMails(c, world.coordinatorEmail())).isZero();

        reminders.remindOn(published.plusYears(1));
        reminders.remindOn(published.plusYears(1).plusDays(1));
        assertThat(reviewMails(c, world.coordinatorEmail())).as("once, however often the job runs").isEqualTo(1);
        assertThat(outbox.latest(c, 20)).noneMatch(m -> m.recipient().equals(world.professionalEmail()));

        reminders.remindOn(published.plusYears(2));
        assertThat(reviewMails(c, world.coordinatorEmail())).as("and once more a year later").isEqualTo(2);

        UUID old = fixtures.aCollaborationWithStaff().collaboration().id();
        store.addVersion(old, today().minusYears(1), clock.instant(), "Oud.", "", "test");
        String slug = jdbc.sql("SELECT slug FROM collaboration WHERE id = :c").param("c", old).query(String.class).single();
        String viewerOfOld = jdbc.sql("""
                SELECT s.email FROM membership m JOIN staff_account s ON s.id = m.staff_id
                WHERE m.collaboration_id = :c AND m.role = 'VIEWER'
                """).param("c", old).query(String.class).single();
        assertThat(HtmlUtils.htmlUnescape(body(get("/beheer/{slug}/visie", slug).with(as(viewerOfOld)))))
                .contains(text("vision.staff.reviewHeading"));
    }

    private long reviewMails(UUID c, String email) {
        String subject = messages.getMessage("vision.staff.reviewMail.subject",
                new Object[] {jdbc.sql("SELECT name FROM collaboration WHERE id = :c").param("c", c).query(String.class).single()}, NL);
        return outbox.latest(c, 50).stream().filter(m -> m.recipient().equals(email) && m.subject().equals(subject)).count();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, NL);
    }

    private MockHttpServletResponse perform(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private int status(RequestBuilder request) throws Exception {
        return perform(request).getStatus();
    }

    private String body(RequestBuilder request) throws Exception {
        MockHttpServletResponse response = perform(request);
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }
}
