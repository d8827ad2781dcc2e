package nl.samenspraak.pool.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.language.PlainLanguageTexts;
import nl.samenspraak.language.PublishedTexts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Pool members read the invitation to an activity and the commitment proposed to them: those texts are checked for
 * plain language first. A check stores nothing, a text above B1 needs a ticked confirmation, a plain text just saves.
 */
class PoolPlainLanguageTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired PoolJoining joining;
    @Autowired Commitments commitments;
    @Autowired PublishedTexts publishedTexts;
    @Autowired JdbcClient jdbc;

    private MockHttpServletRequestBuilder activity(String slug, String title, String description) {
        return post("/beheer/{slug}/inwonerpool/activiteiten/nieuw", slug).with(csrf())
                .param("title", title).param("description", description).param("date", today().plusDays(10).toString())
                .param("time", "19:30").param("hours", "2").param("way", "IN_PERSON");
    }

    private MockHttpServletRequestBuilder commitment(String slug, UUID member, UUID contact, String support, String expected) {
        return post("/beheer/{slug}/afspraken/nieuw", slug).with(csrf())
                .param("member", member.toString()).param("role", "NEIGHBOURHOOD_CONNECTOR")
                .param("startsOn", today().toString()).param("endsOn", today().plusYears(1).toString())
                .param("hoursPerMonth", "8").param("support", support).param("training", "").param("reimbursement", "")
                .param("contact", contact.toString()).param("expected", expected);
    }

    private long activities(UUID c) {
        return jdbc.sql("SELECT count(*) FROM pool_activity WHERE collaboration_id = :c").param("c", c).query(Long.class).single();
    }

    private long confirmations(UUID c, UUID object) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE collaboration_id = :c AND action = :a AND object_id = :id")
                .param("c", c).param("a", PublishedTexts.CONFIRMED_ACTION).param("id", object.toString())
                .query(Long.class).single();
    }

    @Test
    void anActivityInvitationIsCheckedRefusedAboveB1AndRecordedWhenConfirmed() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        String slug = world.collaboration().slug();

        MockHttpServletResponse checked = mvc.perform(activity(slug, "Samen koken", PlainLanguageTexts.HARD)
                .param("taalcontrole", "description").with(as(world.professionalEmail()))).andReturn().getResponse();
        assertThat(checked.getStatus()).isEqualTo(200);
        assertThat(checked.getContentAsString()).contains("id=\"description-taal\"", "Hoe leesbaar is uw tekst?", "<mark",
                "Ik weet dat deze tekst moeilijker is dan B1 en publiceer hem toch", "Samen koken").doesNotContain("field-error");

        MockHttpServletResponse noTitle = mvc.perform(activity(slug, "", PlainLanguageTexts.HARD)
                .with(as(world.professionalEmail()))).andReturn().getResponse();
        assertThat(noTitle.getStatus()).isEqualTo(422);
        assertThat(noTitle.getContentAsString()).as("the form's own error comes first")
                .doesNotContain("Maak de tekst makkelijker, of zet een vinkje");

        MockHttpServletResponse refused = mvc.perform(activity(slug, "Samen koken", PlainLanguageTexts.HARD)
                .with(as(world.professionalEmail()))).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("Maak de tekst makkelijker, of zet een vinkje",
                "href=\"#plainLanguageConfirmed\"", "id=\"description-taal\"");
        assertThat(activities(c)).isZero();
        assertThat(publishedTexts.summary(c).total()).isZero();

        MockHttpServletResponse confirmed = mvc.perform(activity(slug, "Samen koken", PlainLanguageTexts.HARD)
                .param("plainLanguageConfirmed", "true").with(as(world.professionalEmail()))).andReturn().getResponse();
        assertThat(confirmed.getStatus()).isEqualTo(302);
        UUID id = jdbc.sql("SELECT id FROM pool_activity WHERE collaboration_id = :c").param("c", c).query(UUID.class).single();
        assertThat(publishedTexts.summary(c)).isEqualTo(new PublishedTexts.Summary(1, 0, 1));
        assertThat(confirmations(c, id)).isEqualTo(1);
    }

    @Test
    void aPlainActivityInvitationSavesWithoutAQuestion() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();

        MockHttpServletResponse saved = mvc.perform(activity(world.collaboration().slug(), "Samen koken",
                PlainLanguageTexts.EASY).with(as(world.professionalEmail()))).andReturn().getResponse();

        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(publishedTexts.summary(c)).isEqualTo(new PublishedTexts.Summary(1, 1, 0));
    }

    @Test
    void aCommitmentIsCheckedOnEveryTextAndRefusedAboveB1WithoutConfirmation() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        String slug = world.collaboration().slug();
        var member = joining.join(c, PoolData.byEmail("Henk Verbinder"), PoolData.anOpenProfile(), true);

        MockHttpServletResponse checked = mvc.perform(commitment(slug, member.memberId(), world.coordinatorId(),
                        PlainLanguageTexts.HARD, PlainLanguageTexts.EASY).param("taalcontrole", "support")
                .with(as(world.professionalEmail()))).andReturn().getResponse();
        assertThat(checked.getStatus()).isEqualTo(200);
        assertThat(checked.getContentAsString()).contains("id=\"support-taal\"", "id=\"training-taal\"",
                "id=\"reimbursement-taal\"", "id=\"expected-taal\"", "Hoe leesbaar is uw tekst?", "maatwerkvoorzieningen");

        MockHttpServletResponse refused = mvc.perform(commitment(slug, member.memberId(), world.coordinatorId(),
                PlainLanguageTexts.HARD, PlainLanguageTexts.EASY).with(as(world.professionalEmail()))).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("Maak de tekst makkelijker, of zet een vinkje");
        assertThat(commitments.ofMember(c, member.memberId())).isEmpty();
        assertThat(publishedTexts.summary(c).total()).isZero();
    }

    @Test
    void aConfirmedCommitmentRecordsItsTextsAndAPlainOneSavesWithoutAQuestion() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        String slug = world.collaboration().slug();
        var henk = joining.join(c, PoolData.byEmail("Henk Verbinder"), PoolData.anOpenProfile(), true);
        var els = joining.join(c, PoolData.byEmail("Els Klankbord"), PoolData.anOpenProfile(), true);

        MockHttpServletResponse confirmed = mvc.perform(commitment(slug, henk.memberId(), world.coordinatorId(),
                        PlainLanguageTexts.HARD, PlainLanguageTexts.EASY).param("plainLanguageConfirmed", "true")
                .with(as(world.professionalEmail()))).andReturn().getResponse();
        assertThat(confirmed.getStatus()).isEqualTo(302);
        UUID id = commitments.ofMember(c, henk.memberId()).getFirst().id().value();
        assertThat(publishedTexts.summary(c)).as("support above B1, expected at B1; the empty fields are not counted")
                .isEqualTo(new PublishedTexts.Summary(2, 1, 1));
        assertThat(confirmations(c, id)).isEqualTo(1);

        MockHttpServletResponse plain = mvc.perform(commitment(slug, els.memberId(), world.coordinatorId(),
                PlainLanguageTexts.EASY, PlainLanguageTexts.EASY).with(as(world.professionalEmail()))).andReturn().getResponse();
        assertThat(plain.getStatus()).isEqualTo(302);
        assertThat(commitments.ofMember(c, els.memberId())).hasSize(1);
        assertThat(publishedTexts.summary(c)).isEqualTo(new PublishedTexts.Summary(4, 3, 1));
    }
}
