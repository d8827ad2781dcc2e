package nl.samenspraak.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rules of the {@link Input} aggregate, without Spring or a database. */
class InputTest {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(ZONE).plusHours(12).toInstant(), ZONE);

    static Input received(LocalDate receivedOn, LocalDate due) {
        return new Input(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), FollowCode.random(), "Een bankje",
                Channel.ONLINE, receivedOn, due, true, ContactBy.EMAIL, FeedbackStatus.RECEIVED, null, null, 1, false,
                "nl", false, null);
    }

    static Input open() {
        return received(TODAY.minusDays(3), TODAY.plusDays(10));
    }

    @Test
    void finalAnswerIsDatedTodayAndRaisesInputAnsweredForTheAuthorsChannel() {
        Input input = open();

        Input.Answered result = input.answer(FeedbackStatus.ADOPTED, "  We plaatsen het bankje.  ", CLOCK);

        assertThat(result.input().status()).isEqualTo(FeedbackStatus.ADOPTED);
        assertThat(result.input().answer()).isEqualTo("We plaatsen het bankje.");
        assertThat(result.input().answeredOn()).isEqualTo(TODAY);
        assertThat(result.input().isAnswered()).isTrue();
        assertThat(result.event()).contains(
                new InputAnswered(input.id(), input.collaborationId(), FeedbackStatus.ADOPTED, ContactBy.EMAIL));
    }

    @Test
    void interimStatusIsNotAnAnswerAndRaisesNoEvent() {
        Input.Answered result = open().answer(FeedbackStatus.BEING_CONSIDERED, "", CLOCK);

        assertThat(result.input().status()).isEqualTo(FeedbackStatus.BEING_CONSIDERED);
        assertThat(result.input().answer()).isNull();
        assertThat(result.input().answeredOn()).isNull();
        assertThat(result.input().isAnswered()).isFalse();
        assertThat(result.event()).isEmpty();
    }

    @Test
    void finalStatusNeedsAWrittenAnswer() {
        assertThatThrownBy(() -> open().answer(FeedbackStatus.NOT_ADOPTED, "   ", CLOCK))
                .isInstanceOf(InvalidInputException.class).hasMessage("input.error.answerRequired");
    }

    @Test
    void answerNeverGoesBackToReceived() {
        Input answered = open().answer(FeedbackStatus.ADOPTED, "Ja", CLOCK).input();

        assertThatThrownBy(() -> answered.answer(FeedbackStatus.RECEIVED, "Toch niet", CLOCK))
                .isInstanceOf(InvalidInputException.class).hasMessage("input.error.status");
    }

    @Test
    void answerWithoutStatusIsRefused() {
        assertThatThrownBy(() -> open().answer(null, "Ja", CLOCK))
                .isInstanceOf(InvalidInputException.class).hasMessage("input.error.status");
    }

    @Test
    void answerMayBeAsLongAsTheLimitButNotLonger() {
        assertThat(open().answer(FeedbackStatus.ADOPTED, "a".repeat(InputLimits.ANSWER), CLOCK).input().answer())
                .hasSize(InputLimits.ANSWER);
        assertThatThrownBy(() -> open().answer(FeedbackStatus.ADOPTED, "a".repeat(InputLimits.ANSWER + 1), CLOCK))
                .isInstanceOf(InvalidInputException.class).hasMessage("input.error.answerTooLong");
    }

    @Test
    void brokenRuleLeavesTheInputAsItWas() {
        Input input = open();

        assertThatThrownBy(() -> input.answer(FeedbackStatus.ADOPTED, "", CLOCK));

        assertThat(input.status()).isEqualTo(FeedbackStatus.RECEIVED);
        assertThat(input.answer()).isNull();
    }

    @Test
    void openInputIsOverdueOnlyAfterItsDueDate() {
        Input input = received(TODAY.minusDays(20), TODAY);

        assertThat(input.isOverdue(TODAY)).isFalse();
        assertThat(input.isOverdue(TODAY.plusDays(1))).isTrue();
    }

    @Test
    void answeredInputIsNeverOverdue() {
        Input answered = received(TODAY.minusDays(20), TODAY.minusDays(5))
                .answer(FeedbackStatus.OUT_OF_SCOPE, "Dit valt buiten het traject.", new Referral("Gemeente Tiel", null), CLOCK)
                .input();

        assertThat(answered.isOverdue(TODAY)).isFalse();
        assertThat(answered.answeredOnTime()).isFalse();
    }

    @Test
    void cancelledAnswerIsNeverOverdue() {
        Input open = received(TODAY.minusDays(20), TODAY.minusDays(5));
        Input cancelled = new Input(open.id(), open.collaborationId(), open.processId(), open.followCode(), open.text(),
                open.channel(), open.receivedOn(), open.answerDue(), open.publish(), ContactBy.NONE, open.status(),
                null, null, open.seq(), true, open.language(), false, null);

        assertThat(cancelled.isOverdue(TODAY)).isFalse();
    }

    @Test
    void answerOnTheDueDateIsOnTime() {
        Input answered = received(TODAY.minusDays(10), TODAY)
                .answer(FeedbackStatus.PARTLY_ADOPTED, "Deels.", CLOCK).input();

        assertThat(answered.answeredOnTime()).isTrue();
    }

    @Test
    void inputIdRefusesNull() {
        assertThatThrownBy(() -> new InputId(null)).isInstanceOf(NullPointerException.class);
        UUID id = UUID.randomUUID();
        assertThat(received(TODAY, TODAY).inputId()).isNotEqualTo(new InputId(id));
    }

    @Test
    void rejectsOutOfScopeWithoutTheOrganisationItWasReferredTo() {
        Input input = open();

        assertThatThrownBy(() -> input.answer(FeedbackStatus.OUT_OF_SCOPE, "Dit gaat de gemeente aan.", CLOCK))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("referredTo");
                    assertThat(e.messageKey()).isEqualTo("input.error.referredToRequired");
                });
        assertThatThrownBy(() -> input.answer(FeedbackStatus.OUT_OF_SCOPE, "Dit gaat de gemeente aan.",
                new Referral(" \t  ", "0344 123 456"), CLOCK))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("referredTo"));
    }

    @Test
    void outOfScopeKeepsTheReferralCleanedAndOtherStatusesDropIt() {
        Input referred = open().answer(FeedbackStatus.OUT_OF_SCOPE, "Dit gaat de gemeente aan.",
                new Referral("  Gemeente Tiel ", "  "), CLOCK).input();
        assertThat(referred.referral()).isEqualTo(new Referral("Gemeente Tiel", null));

        Input adopted = referred.answer(FeedbackStatus.ADOPTED, "We doen het zelf.", new Referral("Gemeente Tiel", null),
                CLOCK).input();
        assertThat(adopted.referral()).isNull();
    }

    @Test
    void rejectsAReferralThatIsTooLong() {
        String tooLong = "a".repeat(InputLimits.REFERRED_TO + 1);
        assertThatThrownBy(() -> open().answer(FeedbackStatus.OUT_OF_SCOPE, "Elders.", new Referral(tooLong, null), CLOCK))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("input.error.referredToTooLong"));
        String contact = "b".repeat(InputLimits.REFERRED_CONTACT + 1);
        assertThatThrownBy(() -> open().answer(FeedbackStatus.OUT_OF_SCOPE, "Elders.", new Referral("GGD", contact), CLOCK))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("referredContact"));
    }

    @Test
    void languageIsDutchUnlessThePageWasEnglish() {
        assertThat(Input.languageOf(java.util.Locale.ENGLISH)).isEqualTo("en");
        assertThat(Input.languageOf(java.util.Locale.forLanguageTag("de"))).isEqualTo("nl");
        assertThat(Input.languageOf(null)).isEqualTo("nl");
        assertThat(open().locale().getLanguage()).isEqualTo("nl");
    }
}
