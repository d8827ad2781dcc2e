package nl.samenspraak.pool.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.UUID;
import nl.samenspraak.pool.internal.Vocabulary.DayPart;
import nl.samenspraak.pool.internal.Vocabulary.Energy;
import nl.samenspraak.pool.internal.Vocabulary.Interest;
import nl.samenspraak.pool.internal.Vocabulary.Way;
import org.junit.jupiter.api.Test;

/** Each limit a member sets is a reason on its own not to invite them. */
class FitCheckTest {

    /** When the test objects were made: a fixed instant, not the machine's clock. */
    private static final Instant CREATED = Instant.parse("2026-03-02T09:00:00Z");

    static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    /** A Tuesday evening at half past seven, two hours, in person. */
    static final Instant TUESDAY_EVENING = LocalDateTime.of(2030, 3, 5, 19, 30).atZone(NL).toInstant();

    final Member member = member(PoolData.aProfile(6, EnumSet.of(DayOfWeek.TUESDAY), EnumSet.of(DayPart.EVENING), 2,
            EnumSet.of(Way.IN_PERSON)), true);

    @Test
    void fitsWhenEverythingIsWithinTheLimits() {
        assertThat(check(member, activity(TUESDAY_EVENING, "2", Way.IN_PERSON), FitCheck.Usage.NONE)).isEmpty();
    }

    @Test
    void refusesMoreHoursThanTheMonthAllows() {
        var usage = new FitCheck.Usage(new BigDecimal("4.5"), 0);
        assertThat(check(member, activity(TUESDAY_EVENING, "2", Way.IN_PERSON), usage)).containsExactly(Misfit.HOURS);
        assertThat(check(member, activity(TUESDAY_EVENING, "1.5", Way.IN_PERSON), usage)).as("exactly the limit").isEmpty();
    }

    @Test
    void refusesADayOutsideTheLimits() {
        Instant wednesdayEvening = TUESDAY_EVENING.plusSeconds(24 * 3600);
        assertThat(check(member, activity(wednesdayEvening, "2", Way.IN_PERSON), FitCheck.Usage.NONE))
                .containsExactly(Misfit.DAY);
    }

    @Test
    void refusesATimeOfDayOutsideTheLimits() {
        Instant tuesdayMorning = LocalDateTime.of(2030, 3, 5, 10, 0).atZone(NL).toInstant();
        assertThat(check(member, activity(tuesdayMorning, "2", Way.IN_PERSON), FitCheck.Usage.NONE))
                .containsExactly(Misfit.TIME);
        assertThat(FitCheck.dayPart(LocalDateTime.of(2030, 3, 5, 12, 0))).isEqualTo(DayPart.AFTERNOON);
        assertThat(FitCheck.dayPart(LocalDateTime.of(2030, 3, 5, 18, 0))).isEqualTo(DayPart.EVENING);
    }

    @Test
    void refusesWhenAskedAsOftenAsAllowedThisMonth() {
        assertThat(check(member, activity(TUESDAY_EVENING, "2", Way.IN_PERSON), new FitCheck.Usage(BigDecimal.ZERO, 2)))
                .containsExactly(Misfit.ASKED_TOO_OFTEN);
    }

    @Test
    void refusesAWayOfTakingPartTheMemberDidNotChoose() {
        assertThat(check(member, activity(TUESDAY_EVENING, "2", Way.VIDEO), FitCheck.Usage.NONE))
                .containsExactly(Misfit.WAY);
    }

    @Test
    void refusesAMemberWhoLeftWithThatReasonOnly() {
        Member left = member(member.profile(), false);
        assertThat(check(left, activity(TUESDAY_EVENING, "80", Way.VIDEO), FitCheck.Usage.NONE))
                .containsExactly(Misfit.WITHDRAWN);
    }

    @Test
    void refusesWithoutConsentWithoutChannelAndTwiceForOneActivity() {
        Activity a = activity(TUESDAY_EVENING, "2", Way.IN_PERSON);
        assertThat(FitCheck.reasons(member, false, false, true, FitCheck.Usage.NONE, a, NL))
                .containsExactly(Misfit.NO_CONSENT, Misfit.UNREACHABLE, Misfit.ALREADY_INVITED);
    }

    @Test
    void refusesAThemeOrEnergyTheMemberDidNotChooseWhenTheActivityAsksForIt() {
        Activity a = new Activity(UUID.randomUUID(), UUID.randomUUID(), "t", "d", TUESDAY_EVENING, BigDecimal.ONE,
                Way.IN_PERSON, Interest.HOUSING, Energy.ORGANISING, "x", CREATED, 1);
        assertThat(check(member, a, FitCheck.Usage.NONE)).containsExactly(Misfit.INTEREST, Misfit.ENERGY);
    }

    private static java.util.List<Misfit> check(Member m, Activity a, FitCheck.Usage usage) {
        return FitCheck.reasons(m, true, true, false, usage, a, NL);
    }

    static Activity activity(Instant start, String hours, Way way) {
        return new Activity(UUID.randomUUID(), UUID.randomUUID(), "Klankbordavond", "Uitleg", start, new BigDecimal(hours),
                way, null, null, "test", CREATED, 1);
    }

    static Member member(Profile p, boolean active) {
        return new Member(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), active ? Member.Status.ACTIVE : Member.Status.WITHDRAWN, p, "ONLINE", CREATED,
                null, 1);
    }
}
