package nl.samenspraak.pool.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import nl.samenspraak.pool.InvitationId;
import nl.samenspraak.pool.internal.Vocabulary.Way;
import org.junit.jupiter.api.Test;

/** The rules of one invitation, without Spring or a database. */
class InvitationTest {

    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    static Activity anActivityStartingAt(Instant startsAt) {
        return new Activity(UUID.randomUUID(), UUID.randomUUID(), "Klankbordavond", "We praten.", startsAt,
                BigDecimal.TWO, Way.IN_PERSON, null, null, "staff@example.org", NOW.minusSeconds(86_400), 1);
    }

    static Invitation aSentInvitationTo(Activity activity) {
        return new Invitation(InvitationId.of(UUID.randomUUID()), activity.collaborationId(), activity.id(),
                UUID.randomUUID(), Invitation.Status.SENT, null, NOW.minusSeconds(3_600), null, "EMAIL");
    }

    private final Activity tomorrow = anActivityStartingAt(NOW.plusSeconds(86_400));

    @Test
    void aNewInvitationIsSentAndNotAnswered() {
        Invitation sent = Invitation.sent(InvitationId.of(UUID.randomUUID()), tomorrow.collaborationId(), tomorrow.id(),
                UUID.randomUUID(), "EMAIL", NOW);
        assertThat(sent.status()).isEqualTo(Invitation.Status.SENT);
        assertThat(sent.unanswered()).isTrue();
        assertThat(sent.sentAt()).isEqualTo(NOW);
        assertThat(sent.note()).isNull();
        assertThat(sent.answeredAt()).isNull();
    }

    @Test
    void answerableUntilTheActivityStarts() {
        Invitation invitation = aSentInvitationTo(tomorrow);
        assertThat(invitation.answerable(tomorrow, NOW)).isTrue();
        assertThat(invitation.answerable(tomorrow, tomorrow.startsAt().minusSeconds(1))).isTrue();
    }

    @Test
    void notAnswerableOnceTheActivityHasStarted() {
        Invitation invitation = aSentInvitationTo(tomorrow);
        assertThat(invitation.answerable(tomorrow, tomorrow.startsAt())).isFalse();
        assertThat(invitation.answerable(tomorrow, tomorrow.startsAt().plusSeconds(60))).isFalse();
    }

    @Test
    void notAnswerableAfterTheMemberLeft() {
        Invitation cancelled = aSentInvitationTo(tomorrow).memberLeft();
        assertThat(cancelled.answerable(tomorrow, NOW)).isFalse();
    }

    @Test
    void acceptingRecordsYesTheCleanedNoteAndTheMoment() {
        Invitation accepted = aSentInvitationTo(tomorrow).reply(true, "  Ik neem mijn rollator mee.  ", tomorrow, NOW);
        assertThat(accepted.status()).isEqualTo(Invitation.Status.ACCEPTED);
        assertThat(accepted.accepted()).isTrue();
        assertThat(accepted.note()).isEqualTo("Ik neem mijn rollator mee.");
        assertThat(accepted.answeredAt()).isEqualTo(NOW);
    }

    @Test
    void decliningWithABlankNoteStoresNoNote() {
        Invitation declined = aSentInvitationTo(tomorrow).reply(false, "   ", tomorrow, NOW);
        assertThat(declined.status()).isEqualTo(Invitation.Status.DECLINED);
        assertThat(declined.declined()).isTrue();
        assertThat(declined.note()).isNull();
    }

    @Test
    void answerMayChangeUntilTheStart() {
        Invitation accepted = aSentInvitationTo(tomorrow).reply(true, "Graag!", tomorrow, NOW);
        Invitation changed = accepted.reply(false, null, tomorrow, NOW.plusSeconds(60));
        assertThat(changed.status()).isEqualTo(Invitation.Status.DECLINED);
        assertThat(changed.note()).isNull();
        assertThat(changed.answeredAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void rejectsAReplyOnceTheActivityHasStarted() {
        Invitation invitation = aSentInvitationTo(tomorrow);
        assertThatThrownBy(() -> invitation.reply(true, null, tomorrow, tomorrow.startsAt()))
                .isInstanceOfSatisfying(InvalidPoolInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("pool.error.invitationClosed"));
    }

    @Test
    void rejectsAReplyAfterTheMemberLeft() {
        Invitation cancelled = aSentInvitationTo(tomorrow).memberLeft();
        assertThatThrownBy(() -> cancelled.reply(true, null, tomorrow, NOW))
                .isInstanceOfSatisfying(InvalidPoolInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("pool.error.invitationClosed"));
    }

    @Test
    void rejectsANoteLongerThanTheLimit() {
        Invitation invitation = aSentInvitationTo(tomorrow);
        assertThat(invitation.reply(true, "x".repeat(Invitation.MAX_NOTE), tomorrow, NOW).note())
                .hasSize(Invitation.MAX_NOTE);
        assertThatThrownBy(() -> invitation.reply(true, "x".repeat(Invitation.MAX_NOTE + 1), tomorrow, NOW))
                .isInstanceOfSatisfying(InvalidPoolInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("pool.error.noteTooLong"));
    }

    @Test
    void rejectsAReplyCheckedAgainstAnotherActivity() {
        Invitation invitation = aSentInvitationTo(tomorrow);
        Activity other = anActivityStartingAt(tomorrow.startsAt());
        assertThatThrownBy(() -> invitation.reply(true, null, other, NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void memberLeavingCallsOffAnUnansweredInvitation() {
        Invitation invitation = aSentInvitationTo(tomorrow);
        assertThat(invitation.unanswered()).isTrue();
        Invitation cancelled = invitation.memberLeft();
        assertThat(cancelled.status()).isEqualTo(Invitation.Status.CANCELLED);
        assertThat(cancelled.answeredAt()).isNull();
    }

    @Test
    void anAnsweredInvitationIsNotCalledOffWhenTheMemberLeaves() {
        Invitation accepted = aSentInvitationTo(tomorrow).reply(true, null, tomorrow, NOW);
        assertThat(accepted.unanswered()).isFalse();
        assertThatThrownBy(accepted::memberLeft).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutNoteHidesOnlyTheMembersNote() {
        Invitation accepted = aSentInvitationTo(tomorrow).reply(true, "Ik neem mijn rollator mee.", tomorrow, NOW);
        Invitation shown = accepted.withoutNote();
        assertThat(shown.note()).isNull();
        assertThat(shown).usingRecursiveComparison().ignoringFields("note").isEqualTo(accepted);
    }
}
