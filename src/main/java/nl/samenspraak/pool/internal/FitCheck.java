package nl.samenspraak.pool.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.samenspraak.pool.internal.Vocabulary.DayPart;

/**
 * Decides whether inviting a member to an activity stays within everything they agreed to.
 * Pure: the caller gathers the member's use of the month, so the same check runs for the
 * search page and again, under a lock, just before an invitation is sent.
 */
final class FitCheck {

    private FitCheck() {}

    /**
     * What the member has already given this month.
     *
     * @param hoursInActivityMonth accepted activity hours plus commitment hours in the month the activity is in
     * @param asksThisMonth        invitations sent to the member this calendar month
     */
    record Usage(BigDecimal hoursInActivityMonth, int asksThisMonth) {
        static final Usage NONE = new Usage(BigDecimal.ZERO, 0);
    }

    /** Every reason why not; empty when the member may be invited. */
    static List<Misfit> reasons(Member member, boolean consentsToInvitations, boolean reachable, boolean alreadyInvited,
                                Usage usage, Activity activity, ZoneId zone) {
        List<Misfit> reasons = new ArrayList<>();
        if (!member.active()) {
            reasons.add(Misfit.WITHDRAWN);
            return reasons;
        }
        if (!consentsToInvitations) {
            reasons.add(Misfit.NO_CONSENT);
        }
        if (!reachable) {
            reasons.add(Misfit.UNREACHABLE);
        }
        if (alreadyInvited) {
            reasons.add(Misfit.ALREADY_INVITED);
        }
        Profile p = member.profile();
        if (activity.interest() != null && !p.interests().contains(activity.interest())) {
            reasons.add(Misfit.INTEREST);
        }
        if (activity.energy() != null && !p.energy().contains(activity.energy())) {
            reasons.add(Misfit.ENERGY);
        }
        if (usage.hoursInActivityMonth().add(activity.hours()).compareTo(BigDecimal.valueOf(p.hoursPerMonth())) > 0) {
            reasons.add(Misfit.HOURS);
        }
        LocalDateTime start = LocalDateTime.ofInstant(activity.startsAt(), zone);
        if (!p.days().contains(start.getDayOfWeek())) {
            reasons.add(Misfit.DAY);
        }
        if (!p.dayParts().contains(dayPart(start))) {
            reasons.add(Misfit.TIME);
        }
        if (usage.asksThisMonth() >= p.maxAsksPerMonth()) {
            reasons.add(Misfit.ASKED_TOO_OFTEN);
        }
        if (!p.ways().contains(activity.way())) {
            reasons.add(Misfit.WAY);
        }
        return reasons;
    }

    /** Morning until noon, afternoon until six, evening after: how people speak of their day. */
    static DayPart dayPart(LocalDateTime start) {
        int hour = start.getHour();
        return hour < 12 ? DayPart.MORNING : hour < 18 ? DayPart.AFTERNOON : DayPart.EVENING;
    }
}
