package nl.samenspraak.pool.internal;

import nl.samenspraak.FormBrowser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.pool.MemberId;
import nl.samenspraak.pool.internal.Vocabulary.DayPart;
import nl.samenspraak.pool.internal.Vocabulary.Way;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Invitations respect every member's limits, are answered through a link, and staff see the answers. */
class InvitationsTest extends IntegrationTest {

    static final Pattern LINK = Pattern.compile("/uitnodiging/([A-Za-z0-9_-]+)");

    @Autowired PoolJoining joining;
    @Autowired Fixtures fixtures;
    @Autowired PoolMembers members;
    @Autowired Activities activities;
    @Autowired InvitationRound round;
    @Autowired Invitations invitations;
    @Autowired MembershipChanges changes;
    @Autowired JdbcClient jdbc;

    /** A day a week ahead; a test puts all its activities on it, so their hours fall in one month. */
    LocalDate soon() {
        return today().plusDays(7);
    }

    @Test
    void anInvitationBeyondAMembersLimitsIsNotSentAndStaffAreToldWhy() {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        var fits = joining.join(c, PoolData.byEmail("Ans Fits"), PoolData.anOpenProfile(), false);
        var phoneOnly = joining.join(c, PoolData.byEmail("Kees Phone"), PoolData.aProfile(10,
                EnumSet.allOf(DayOfWeek.class), EnumSet.allOf(DayPart.class), 4, EnumSet.of(Way.PHONE)), false);
        UUID activity = activities.create(c, activity("Klankbordavond", soon(), "19:30", "2", "IN_PERSON"), "test");
        long mailsBefore = mails(c);

        var outcome = round.invite(c, activity, List.of(fits.memberId(), phoneOnly.memberId()), "test");

        assertThat(outcome.sent()).extracting(InvitationRound.Sent::name).containsExactly("Ans Fits");
        assertThat(outcome.refused()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("Kees Phone");
            assertThat(r.reasons()).containsExactly(Misfit.WAY);
        });
        assertThat(invitationsTo(activity)).isEqualTo(1);
        assertThat(mails(c)).isEqualTo(mailsBefore + 1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'pool.invitation.refused' AND object_id = :m")
                .param("m", phoneOnly.memberId().toString()).query(Long.class).single()).isEqualTo(1);
        assertThatThrownBy(() -> round.invite(c, activity, List.of(), "test"))
                .isInstanceOf(InvalidPoolInputException.class);
    }

    @Test
    void acceptedHoursCountTowardsTheMonthAndAMemberIsNotAskedMoreOftenThanAllowed() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        var member = joining.join(c, PoolData.byEmail("Mo Three Hours"), PoolData.aProfile(3,
                EnumSet.allOf(DayOfWeek.class), EnumSet.allOf(DayPart.class), 2, EnumSet.allOf(Way.class)), false);
        UUID first = activities.create(c, activity("Wandelen met ouderen", soon(), "10:00", "2", "IN_PERSON"), "test");
        UUID second = activities.create(c, activity("Praattafel", soon(), "14:00", "2", "IN_PERSON"), "test");
        round.invite(c, first, List.of(member.memberId()), "test");
        String token = linkIn(lastMailTo(c));

        FormBrowser browser = new FormBrowser(baseUrl(), "10.91.0.1");
        assertThat(browser.get("/uitnodiging/" + token).body()).contains("Wandelen met ouderen");
        HttpResponse<String> noAnswer = browser.post("/uitnodiging/" + token, Map.of("note", List.of("Misschien")));
        assertThat(noAnswer.statusCode()).isEqualTo(422);
        assertThat(noAnswer.body()).contains("Kies ja of nee.").contains("Misschien");
        HttpResponse<String> yes = browser.post("/uitnodiging/" + token,
                Map.of("answer", List.of("YES"), "note", List.of("Ik neem mijn rollator mee.")));
        assertThat(yes.statusCode()).isEqualTo(303);
        assertThat(browser.get(browser.redirectPath(yes)).body()).contains("U doet mee");

        Activity secondActivity = activities.find(c, second).orElseThrow();
        assertThat(reasonsFor(c, secondActivity, member.memberId())).containsExactly(Misfit.HOURS);
        var outcome = round.invite(c, second, List.of(member.memberId()), "test");
        assertThat(outcome.sent()).isEmpty();
        assertThat(invitationsTo(second)).isZero();

        UUID third = activities.create(c, activity("Belrondje", soon(), "11:00", "0.5", "PHONE"), "test");
        round.invite(c, third, List.of(member.memberId()), "test");
        UUID fourth = activities.create(c, activity("Nog een belrondje", soon(), "11:00", "0.5", "PHONE"), "test");
        assertThat(reasonsFor(c, activities.find(c, fourth).orElseThrow(), member.memberId()))
                .containsExactly(Misfit.ASKED_TOO_OFTEN);

        String page = mvc.perform(get("/beheer/{slug}/inwonerpool/activiteiten/{id}", world.collaboration().slug(), first)
                .with(as(world.professionalEmail()))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Mo Three Hours").contains("Ja, doet mee").contains("Ik neem mijn rollator mee.");
        // A viewer reads the replies, but not who gave them nor what they need.
        String viewed = mvc.perform(get("/beheer/{slug}/inwonerpool/activiteiten/{id}", world.collaboration().slug(), first)
                .with(as(world.viewerEmail()))).andReturn().getResponse().getContentAsString();
        assertThat(viewed).contains("Ja, doet mee").doesNotContain("Mo Three Hours").doesNotContain("Ik neem mijn rollator mee.");
    }

    @Test
    void staffPageListsRefusalsWithTheirReasonsAfterSending() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        var weekendOnly = joining.join(c, PoolData.byEmail("Fatima Weekend"), PoolData.aProfile(10,
                EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), EnumSet.allOf(DayPart.class), 4,
                EnumSet.allOf(Way.class)), false);
        LocalDate weekday = soon();
        while (weekday.getDayOfWeek().getValue() > 5) {
            weekday = weekday.plusDays(1);
        }
        UUID activity = activities.create(c, activity("Werkgroep", weekday, "19:00", "1", "VIDEO"), "test");
        String slug = world.collaboration().slug();

        var sent = mvc.perform(post("/beheer/{slug}/inwonerpool/activiteiten/{id}/uitnodigen", slug, activity)
                        .param("members", weekendOnly.memberId().toString()).with(as(world.professionalEmail())).with(csrf()))
                .andReturn();
        assertThat(sent.getResponse().getStatus()).isEqualTo(302);
        String page = mvc.perform(get("/beheer/{slug}/inwonerpool/activiteiten/{id}", slug, activity)
                        .flashAttrs(sent.getFlashMap()).with(as(world.professionalEmail())))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("1 uitnodiging niet verstuurd").contains("Fatima Weekend")
                .contains("deze dag past niet");
        assertThat(invitationsTo(activity)).isZero();

        int viewer = mvc.perform(post("/beheer/{slug}/inwonerpool/activiteiten/{id}/uitnodigen", slug, activity)
                        .param("members", weekendOnly.memberId().toString()).with(as(world.viewerEmail())).with(csrf()))
                .andReturn().getResponse().getStatus();
        assertThat(viewer).as("a viewer may not invite").isEqualTo(403);
    }

    @Test
    void leavingCallsOffOnlyTheInvitationsNotAnsweredYet() {
        UUID c = fixtures.aCollaborationWithStaff().collaboration().id();
        var member = joining.join(c, PoolData.byEmail("Lies Leaving"), PoolData.anOpenProfile(), false);
        UUID answered = activities.create(c, activity("Praattafel", soon(), "14:00", "1", "IN_PERSON"), "test");
        UUID open = activities.create(c, activity("Klankbordavond", soon(), "19:30", "1", "IN_PERSON"), "test");
        round.invite(c, answered, List.of(member.memberId()), "test");
        round.invite(c, open, List.of(member.memberId()), "test");
        Invitation yes = invitations.to(c, answered).getFirst();
        invitations.reply(c, yes.id(), MemberId.of(member.memberId()), true, "Tot dan!");

        changes.withdraw(c, member.memberId(), null);

        assertThat(invitations.of(c, MemberId.of(member.memberId())))
                .extracting(Invitation::activityId, Invitation::status, Invitation::note)
                .containsExactlyInAnyOrder(tuple(answered, Invitation.Status.ACCEPTED, "Tot dan!"),
                        tuple(open, Invitation.Status.CANCELLED, null));
        Invitation cancelled = invitations.to(c, open).getFirst();
        assertThatThrownBy(() -> invitations.reply(c, cancelled.id(), MemberId.of(member.memberId()), true, null))
                .isInstanceOfSatisfying(InvalidPoolInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("pool.error.invitationClosed"));
    }

    static ActivityForm activity(String title, LocalDate date, String time, String hours, String way) {
        return new ActivityForm(title, "We praten over " + title + ".", date.toString(), time, hours, way, null, null);
    }

    private List<Misfit> reasonsFor(UUID c, Activity activity, UUID memberId) {
        return round.candidates(c, activity).stream().filter(x -> x.member().id().equals(memberId)).findFirst()
                .orElseThrow().reasons();
    }

    private long invitationsTo(UUID activity) {
        return jdbc.sql("SELECT count(*) FROM pool_invitation WHERE activity_id = :a").param("a", activity)
                .query(Long.class).single();
    }

    private long mails(UUID c) {
        return jdbc.sql("SELECT count(*) FROM outbox_mail WHERE collaboration_id = :c").param("c", c)
                .query(Long.class).single();
    }

    private String lastMailTo(UUID c) {
        return jdbc.sql("SELECT body FROM outbox_mail WHERE collaboration_id = :c AND subject LIKE 'Uitnodiging%' ORDER BY created_at DESC LIMIT 1")
                .param("c", c).query(String.class).single();
    }

    static String linkIn(String body) {
        Matcher m = LINK.matcher(body);
        assertThat(m.find()).as("a personal link in " + body).isTrue();
        return m.group(1);
    }
}
