package nl.samenspraak.meeting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.language.PlainLanguageTexts;
import nl.samenspraak.language.PublishedTexts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Residents read what a meeting is about and the notes of its venue: both are checked for plain language before
 * they are published. A check stores nothing, a text above B1 needs a ticked confirmation, a plain text just saves.
 */
class MeetingPlainLanguageTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired Venues venues;
    @Autowired Meetings meetings;
    @Autowired Registrations registrations;
    @Autowired PublishedTexts publishedTexts;
    @Autowired JdbcClient jdbc;
    MeetingData data;

    @BeforeEach
    void data() {
        data = new MeetingData(venues, meetings, registrations, jdbc);
    }

    private MockHttpServletRequestBuilder meeting(String path, UUID venue, String title, String about) {
        return post(path).with(csrf()).param("title", title).param("about", about).param("venueId", venue.toString())
                .param("date", LocalDate.now(Meeting.ZONE).plusDays(20).toString())
                .param("startTime", "14:00").param("endTime", "16:00").param("capacity", "12");
    }

    private long meetingsOf(UUID c) {
        return jdbc.sql("SELECT count(*) FROM meeting WHERE collaboration_id = :c").param("c", c).query(Long.class).single();
    }

    private long confirmations(UUID c, UUID object) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE collaboration_id = :c AND action = :a AND object_id = :id")
                .param("c", c).param("a", PublishedTexts.CONFIRMED_ACTION).param("id", object.toString())
                .query(Long.class).single();
    }

    @Test
    void theCheckButtonOnTheMeetingFormShowsThePanelAndStoresNothing() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID venue = data.aCommunityCentre(world);

        MockHttpServletResponse page = mvc.perform(meeting("/beheer/" + world.collaboration().slug() + "/bijeenkomsten/nieuw",
                        venue, "Zorg dichtbij", PlainLanguageTexts.HARD).param("taalcontrole", "about")
                        .with(as(world.coordinatorEmail()))).andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("id=\"about-taal\"", "Hoe leesbaar is uw tekst?", "<mark",
                "maatwerkvoorzieningen", "Ik weet dat deze tekst moeilijker is dan B1 en publiceer hem toch", "Zorg dichtbij")
                .doesNotContain("field-error");
        assertThat(meetingsOf(c)).isZero();
        assertThat(publishedTexts.summary(c).total()).isZero();
    }

    @Test
    void aMeetingAboveB1IsRefusedWithoutConfirmationAndTheFormsOwnErrorsComeFirst() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        String path = "/beheer/" + world.collaboration().slug() + "/bijeenkomsten/nieuw";
        UUID venue = data.aCommunityCentre(world);

        MockHttpServletResponse refused = mvc.perform(meeting(path, venue, "Zorg dichtbij", PlainLanguageTexts.HARD)
                .with(as(world.coordinatorEmail()))).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("Maak de tekst makkelijker, of zet een vinkje",
                "href=\"#plainLanguageConfirmed\"", "aria-describedby=\"plainLanguageConfirmed-fout\"", "id=\"about-taal\"");

        MockHttpServletResponse noTitle = mvc.perform(meeting(path, venue, "", PlainLanguageTexts.HARD)
                .with(as(world.coordinatorEmail()))).andReturn().getResponse();
        assertThat(noTitle.getStatus()).isEqualTo(422);
        assertThat(noTitle.getContentAsString()).as("the missing title is named first")
                .doesNotContain("Maak de tekst makkelijker, of zet een vinkje");

        assertThat(meetingsOf(c)).isZero();
        assertThat(publishedTexts.summary(c).total()).isZero();
    }

    @Test
    void aConfirmedMeetingIsRecordedAndAuditedAndAPlainEditSavesWithoutAQuestion() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        String slug = world.collaboration().slug();
        UUID venue = data.aCommunityCentre(world);

        var saved = mvc.perform(meeting("/beheer/" + slug + "/bijeenkomsten/nieuw", venue, "Zorg dichtbij",
                PlainLanguageTexts.HARD).param("plainLanguageConfirmed", "true").with(as(world.coordinatorEmail())))
                .andReturn().getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        UUID id = jdbc.sql("SELECT id FROM meeting WHERE collaboration_id = :c").param("c", c).query(UUID.class).single();
        assertThat(publishedTexts.summary(c)).isEqualTo(new PublishedTexts.Summary(1, 0, 1));
        assertThat(confirmations(c, id)).isEqualTo(1);

        // An unconfirmed edit above B1 changes nothing.
        var refused = mvc.perform(meeting("/beheer/" + slug + "/bijeenkomsten/" + id + "/wijzigen", venue, "Nieuwe titel",
                PlainLanguageTexts.HARD).with(as(world.coordinatorEmail()))).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(meetings.find(c, id).orElseThrow().title()).isEqualTo("Zorg dichtbij");

        var plain = mvc.perform(meeting("/beheer/" + slug + "/bijeenkomsten/" + id + "/wijzigen", venue, "Zorg dichtbij",
                PlainLanguageTexts.EASY).with(as(world.coordinatorEmail()))).andReturn().getResponse();
        assertThat(plain.getStatus()).isEqualTo(302);
        assertThat(meetings.find(c, id).orElseThrow().about()).isEqualTo(PlainLanguageTexts.EASY);
        assertThat(publishedTexts.summary(c)).isEqualTo(new PublishedTexts.Summary(1, 1, 0));
    }

    @Test
    void venueNotesAreCheckedRefusedAboveB1AndRecordedWhenConfirmed() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        String path = "/beheer/" + world.collaboration().slug() + "/bijeenkomsten/locaties";

        var checked = mvc.perform(post(path).with(csrf()).with(as(world.coordinatorEmail())).param("name", "Buurthuis")
                .param("address", "Dorpsstraat 1").param("notes", PlainLanguageTexts.HARD).param("taalcontrole", "notes"))
                .andReturn().getResponse();
        assertThat(checked.getStatus()).isEqualTo(200);
        assertThat(checked.getContentAsString()).contains("id=\"notes-taal\"", "Hoe leesbaar is uw tekst?");
        var refused = mvc.perform(post(path).with(csrf()).with(as(world.coordinatorEmail())).param("name", "Buurthuis")
                .param("address", "Dorpsstraat 1").param("notes", PlainLanguageTexts.HARD)).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("Maak de tekst makkelijker, of zet een vinkje");
        assertThat(venues.all(c)).isEmpty();
        assertThat(publishedTexts.summary(c).total()).isZero();

        var confirmed = mvc.perform(post(path).with(csrf()).with(as(world.coordinatorEmail())).param("name", "Buurthuis")
                .param("address", "Dorpsstraat 1").param("notes", PlainLanguageTexts.HARD)
                .param("plainLanguageConfirmed", "true")).andReturn().getResponse();
        assertThat(confirmed.getStatus()).isEqualTo(302);
        UUID venue = venues.all(c).getFirst().id();
        assertThat(confirmations(c, venue)).isEqualTo(1);

        var plain = mvc.perform(post(path + "/" + venue).with(csrf()).with(as(world.coordinatorEmail())).param("name", "Buurthuis")
                .param("address", "Dorpsstraat 1").param("notes", PlainLanguageTexts.EASY)).andReturn().getResponse();
        assertThat(plain.getStatus()).isEqualTo(302);
        assertThat(venues.find(c, venue).orElseThrow().notes()).isEqualTo(PlainLanguageTexts.EASY);
        assertThat(publishedTexts.summary(c)).isEqualTo(new PublishedTexts.Summary(1, 1, 0));
    }
}
