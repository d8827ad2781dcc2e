package nl.samenspraak.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.collaboration.CollaborationId;
import nl.samenspraak.feedback.FeedbackLoop;
import nl.samenspraak.input.Author;
import nl.samenspraak.input.Channel;
import nl.samenspraak.input.FeedbackStatus;
import nl.samenspraak.input.InputIntake;
import nl.samenspraak.input.NewInput;
import nl.samenspraak.process.Phase;
import nl.samenspraak.process.ProcessDraft;
import nl.samenspraak.process.Processes;
import nl.samenspraak.resident.ContactChannel;
import nl.samenspraak.resident.Participations;
import nl.samenspraak.resident.ResidentDetails;
import nl.samenspraak.resident.Residents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Each indicator computed from data created through the modules' own APIs. Residents take part
 * "now" on the app's clock, so this class runs with a clock the test can set to earlier dates.
 */
class ProcessIndicatorsTest extends IntegrationTest {

    /** The app's clock, which this test moves to the day it needs. */
    static final class MovableClock extends Clock {
        private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
        private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());

        void set(LocalDate day) {
            now.set(day.atTime(12, 0).atZone(ZONE).toInstant());
        }

        void reset() {
            now.set(Instant.now());
        }

        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return zone.equals(ZONE) ? this : Clock.fixed(now.get(), zone);
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @Autowired MovableClock movable;
    @Autowired Fixtures fixtures;
    @Autowired ProcessIndicators indicators;
    @Autowired InputIntake intake;
    @Autowired FeedbackLoop feedback;
    @Autowired Residents residents;
    @Autowired Participations participations;
    @Autowired Processes processes;

    @AfterEach
    void backToNow() {
        movable.reset();
    }

    @Test
    void answersOnTimeAreCountedInTheQuarterOfTheirDeadlineUpToItsLastDay() {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID process = fixtures.aProcess(world); // answers within 14 days
        LocalDate today = today();
        Quarter earlier = Quarter.of(today).plus(-2);
        LocalDate start = earlier.start();
        // Due on the last day of the quarter before, and on the first day of this one: neither answered.
        capture(c, process, start.minusDays(15));
        capture(c, process, start.minusDays(14));
        // Three answered on their deadline's day or before, one a day late.
        for (int i = 0; i < 3; i++) {
            UUID id = capture(c, process, start.plusDays(10));
            feedback.recordEarlierAnswer(c, id, FeedbackStatus.ADOPTED, "Dat gaan we doen.", start.plusDays(24 - i),
                    world.coordinatorId(), "test");
        }
        UUID late = capture(c, process, start.plusDays(10));
        feedback.recordEarlierAnswer(c, late, FeedbackStatus.ADOPTED, "Dat gaan we doen.", start.plusDays(25),
                world.coordinatorId(), "test");
        // Not yet due and not answered: not settled, so not counted.
        capture(c, process, today);

        Indicator onTime = indicators.forCollaboration(CollaborationId.of(c), today).get(IndicatorKind.ANSWERS_ON_TIME);

        assertThat(onTime.trend()).extracting(QuarterValue::quarter).containsExactly(earlier.previous(), earlier);
        assertThat(onTime.trend().get(0).value()).isEqualTo(Figure.share(0, 1));
        Figure inEarlier = onTime.trend().get(1).value();
        assertThat(inEarlier.numerator()).isEqualTo(3);
        assertThat(inEarlier.denominator()).isEqualTo(5);
        assertThat(inEarlier.percent()).isEqualTo(60);
        assertThat(onTime.current()).isEqualTo(inEarlier);
        assertThat(onTime.currentQuarter()).isEqualTo(earlier);
    }

    @Test
    void reachCountsEachResidentOncePerQuarterAndHidesGroupsBelowTen() {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        Quarter quarter = Quarter.of(today()).plus(-1);
        List<UUID> people = residents(c, 12);
        movable.set(quarter.start().plusDays(3));
        people.forEach(r -> takePart(c, r, Participations.Kind.MEETING));
        // Twice in one quarter is still one resident.
        takePart(c, people.get(0), Participations.Kind.MEETING);
        people.subList(0, 3).forEach(r -> takePart(c, r, Participations.Kind.POOL));
        // On the last day of the quarter: still this quarter.
        movable.set(quarter.endExclusive().minusDays(1));
        takePart(c, residents(c, 1).getFirst(), Participations.Kind.POOL);
        movable.reset();

        Indicator reach = indicators.forCollaboration(CollaborationId.of(c), today()).get(IndicatorKind.REACH);

        assertThat(reach.trend()).extracting(QuarterValue::quarter).containsExactly(quarter);
        List<Figure.Part> parts = reach.current().parts();
        assertThat(parts).extracting(Figure.Part::code).containsExactly("MEETING", "POOL");
        assertThat(parts.get(0).value()).isEqualTo(Figure.people(12));
        assertThat(parts.get(0).value().suppressed()).isFalse();
        assertThat(parts.get(1).value().number()).isEqualTo(4);
        assertThat(parts.get(1).value().suppressed()).isTrue();
    }

    @Test
    void aQuarterBeginsAndEndsAtMidnightInAmsterdamNotInUtc() {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        Quarter before = Quarter.of(today()).plus(-2);
        Quarter after = before.next();
        ZoneId amsterdam = ZoneId.of("Europe/Amsterdam");
        List<UUID> late = residents(c, 3);
        List<UUID> early = residents(c, 5);
        // 23:30 on the quarter's last day in Amsterdam is still that quarter (in UTC it is 21:30 or 22:30) ...
        Instant lastEvening = before.endExclusive().minusDays(1).atTime(23, 30).atZone(amsterdam).toInstant();
        late.forEach(r -> participations.recordEarlier(c, r, meeting(), lastEvening));
        // ... and 00:30 on the next quarter's first day is the next quarter, although in UTC it is still the day before.
        Instant firstNight = after.start().atTime(0, 30).atZone(amsterdam).toInstant();
        early.forEach(r -> participations.recordEarlier(c, r, meeting(), firstNight));

        Indicator reach = indicators.forCollaboration(CollaborationId.of(c), today()).get(IndicatorKind.REACH);

        assertThat(reach.trend()).extracting(QuarterValue::quarter).containsExactly(before, after);
        assertThat(reach.trend().get(0).value().parts().getFirst().value().number()).isEqualTo(3);
        assertThat(reach.trend().get(1).value().parts().getFirst().value().number()).isEqualTo(5);
        assertThat(reach.trend()).as("fewer than ten: the number is kept but never shown")
                .allSatisfy(v -> assertThat(v.value().parts().getFirst().value().suppressed()).isTrue());
    }

    @Test
    void anEarlierParticipationCannotLieInTheFuture() {
        UUID c = fixtures.aCollaborationWithStaff().collaboration().id();
        UUID resident = residents(c, 1).getFirst();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> participations.recordEarlier(c, resident, meeting(),
                Instant.now().plusSeconds(3600))).isInstanceOf(IllegalArgumentException.class);
    }

    private static Participations.Participation meeting() {
        return new Participations.Participation(Participations.Kind.MEETING, null, null, null, "PAPER", null);
    }

    @Test
    void retentionCountsWhoCameBackWithinTwelveMonthsOnlyForQuartersWhoseYearHasPassed() {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        LocalDate today = today();
        Quarter first = Quarter.of(today).plus(-6);
        List<UUID> people = residents(c, 12);
        movable.set(first.start().plusDays(5));
        people.forEach(r -> takePart(c, r, Participations.Kind.MEETING));
        // Five come back within a year after the quarter ...
        movable.set(first.start().plusMonths(5));
        people.subList(0, 5).forEach(r -> takePart(c, r, Participations.Kind.MEETING));
        // ... one only after that year: not counted as returned for the first quarter.
        movable.set(first.endExclusive().plusMonths(12).plusDays(1));
        takePart(c, people.get(11), Participations.Kind.POOL);
        movable.reset();

        Indicator retention = indicators.forCollaboration(CollaborationId.of(c), today).get(IndicatorKind.RETENTION);

        assertThat(retention.trend().getFirst().quarter()).isEqualTo(first);
        assertThat(retention.trend().getFirst().value()).isEqualTo(Figure.shareOfPeople(5, 12));
        assertThat(retention.trend().getFirst().value().suppressed()).isFalse();
        // The five who came back form a group below 10: their own quarter is shown as suppressed.
        QuarterValue second = retention.trend().get(1);
        assertThat(second.value().suppressed()).isTrue();
        assertThat(second.value().percent()).isNull();
        // A quarter whose following year has not passed yet is not shown at all.
        assertThat(retention.trend()).extracting(QuarterValue::quarter)
                .allMatch(q -> !q.endExclusive().plusMonths(12).isAfter(today.plusDays(1)));
    }

    @Test
    void firstInvolvementCountsProcessesByWhetherResidentsJoinedInTheFirstPhaseInTheQuarterThatPhaseBegan() {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        Quarter earlier = Quarter.of(today()).plus(-1);
        LocalDate begins = earlier.endExclusive().minusDays(1); // the last day of the quarter
        List<Phase> phases = List.of(new Phase("Ophalen", begins, begins.plusDays(20)),
                new Phase("Kiezen", begins.plusDays(21), begins.plusDays(40)));
        processes.create(c, draft("ophalen ", phases), "test"); // the same name, typed a little differently
        processes.create(c, draft("Kiezen", phases), "test");
        processes.create(c, draft("Kiezen", phases), "test");
        processes.create(c, draft("", phases), "test"); // not chosen yet (free text is refused since V151)
        processes.create(c, draft("Ophalen", List.of(new Phase("Ophalen", today(), today().plusDays(5)))), "test");

        Indicator first = indicators.forCollaboration(CollaborationId.of(c), today()).get(IndicatorKind.FIRST_INVOLVEMENT);

        assertThat(first.trend()).extracting(QuarterValue::quarter).containsExactly(earlier, Quarter.of(today()));
        assertThat(first.trend().getFirst().value().parts()).containsExactly(
                new Figure.Part("EARLY", null, Figure.number(1)), new Figure.Part("LATE", null, Figure.number(2)),
                new Figure.Part("UNKNOWN", null, Figure.number(1)));
        assertThat(first.current().parts()).extracting(p -> p.value().number()).containsExactly(1, 0);
    }

    private static ProcessDraft draft(String firstInvolved, List<Phase> phases) {
        ProcessDraft base = Fixtures.aProcessDraft("Samen eten");
        return new ProcessDraft(base.title(), base.summary(), base.themes(), base.targetGroups(), base.area(), base.level(),
                base.promise(), base.answerWithinDays(), firstInvolved, phases);
    }

    @Test
    void inclusionSaysNothingAboutFewerThanTenParticipants() {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        residents(c, 3).forEach(r -> takePart(c, r, Participations.Kind.POOL));

        Indicator inclusion = indicators.forCollaboration(CollaborationId.of(c), today()).get(IndicatorKind.INCLUSION);

        assertThat(inclusion.currentQuarter()).isEqualTo(Quarter.of(today()));
        assertThat(inclusion.current().parts()).hasSize(7)
                .allSatisfy(p -> assertThat(p.value().suppressed()).as(p.code()).isTrue());
    }

    @Test
    void aNewCollaborationHasAnEmptyBoardAndAnotherCollaborationsDataNeverCounts() {
        var world = fixtures.aCollaborationWithStaff();
        var other = fixtures.aCollaborationWithStaff();
        UUID theirs = other.collaboration().id();
        residents(theirs, 2).forEach(r -> takePart(theirs, r, Participations.Kind.POOL));
        capture(theirs, fixtures.aProcess(other), today().minusDays(30));

        IndicatorBoard board = indicators.forCollaboration(CollaborationId.of(world.collaboration().id()), today());

        assertThat(board.isEmpty()).isTrue();
        assertThat(board.quarters()).isEmpty();
        assertThat(board.indicators()).extracting(Indicator::kind).containsExactly(IndicatorKind.values());
        assertThat(indicators.forCollaboration(CollaborationId.of(theirs), today()).isEmpty()).isFalse();
    }

    private UUID capture(UUID c, UUID process, LocalDate receivedOn) {
        return intake.capture(c, process, new NewInput("Meer bankjes in het park.", Channel.PAPER, receivedOn, false,
                Author.anonymous(), null)).id();
    }

    private List<UUID> residents(UUID c, int n) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(residents.register(c, new ResidentDetails("Inwoner " + i, "inwoner-" + UUID.randomUUID() + "@example.org",
                    null, null, ContactChannel.EMAIL, "nl")));
        }
        return ids;
    }

    private void takePart(UUID c, UUID resident, Participations.Kind kind) {
        participations.record(c, resident, new Participations.Participation(kind, null, null, null, "ONLINE", null));
    }
}
