package nl.samenspraak.meeting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Whether a recurring structure keeps going: meetings held against what was planned, per
 * quarter, and how many people came over time. A structure that quietly stops meeting is
 * one of the first signs that participation is not anchored.
 */
@Component
class Continuity {

    static final int QUARTERS_SHOWN = 8;

    /** One quarter: how many meetings were expected by the plan, held, called off, and how many people came. */
    record Quarter(int year, int quarter, int expected, int held, int cancelled, int people) {}

    /** One held meeting: who had a place, who of them came, and who came without registering. */
    record Attendance(Meetings.Row row, int came, int walkIns) {
        public int total() {
            return came + walkIns;
        }
    }

    record Figures(int expectedSoFar, int heldSoFar, Integer percent, List<Quarter> quarters,
                   List<Attendance> attendance, int maxAttendance) {}

    private final Clock clock;

    Continuity(Clock clock) {
        this.clock = clock;
    }

    Figures of(Series series, List<Meetings.Row> meetings) {
        LocalDate today = LocalDate.now(clock.withZone(Meeting.ZONE));
        YearMonth first = YearMonth.from(series.startsOn());
        YearMonth now = YearMonth.from(today);
        long months = first.isAfter(now) ? 0 : ChronoUnit.MONTHS.between(first, now) + 1;
        int expectedSoFar = (int) Math.round(series.plannedPerYear() * months / 12.0);
        List<Meetings.Row> held = meetings.stream().filter(r -> r.meeting().status() == Meeting.Status.HELD).toList();
        int heldSoFar = held.size();

        List<Quarter> quarters = new ArrayList<>();
        YearMonth q = firstMonthOfQuarter(first.isAfter(now) ? now : first);
        YearMonth lastShown = firstMonthOfQuarter(now);
        while (!q.isAfter(lastShown)) {
            YearMonth start = q;
            YearMonth end = q.plusMonths(2);
            // Months of this quarter that fall inside the plan, up to and including this month.
            long planned = 0;
            for (YearMonth m = start; !m.isAfter(end); m = m.plusMonths(1)) {
                if (!m.isBefore(first) && !m.isAfter(now)) {
                    planned++;
                }
            }
            List<Meetings.Row> inQuarter = meetings.stream().filter(r -> {
                YearMonth ym = YearMonth.from(r.meeting().date());
                return !ym.isBefore(start) && !ym.isAfter(end);
            }).toList();
            quarters.add(new Quarter(start.getYear(), (start.getMonthValue() - 1) / 3 + 1,
                    (int) Math.round(series.plannedPerYear() * planned / 12.0),
                    (int) inQuarter.stream().filter(r -> r.meeting().status() == Meeting.Status.HELD).count(),
                    (int) inQuarter.stream().filter(r -> r.meeting().status() == Meeting.Status.CANCELLED).count(),
                    inQuarter.stream().filter(r -> r.meeting().status() == Meeting.Status.HELD)
                            .mapToInt(r -> r.attended() + r.meeting().walkIns()).sum()));
            q = q.plusMonths(3);
        }
        if (quarters.size() > QUARTERS_SHOWN) {
            quarters = quarters.subList(quarters.size() - QUARTERS_SHOWN, quarters.size());
        }
        List<Attendance> attendance = held.stream()
                .map(r -> new Attendance(r, r.attended(), r.meeting().walkIns())).toList();
        int max = attendance.stream().mapToInt(Attendance::total).max().orElse(0);
        Integer percent = expectedSoFar == 0 ? null : (int) Math.round(100.0 * heldSoFar / expectedSoFar);
        return new Figures(expectedSoFar, heldSoFar, percent, List.copyOf(quarters), attendance, max);
    }

    private static YearMonth firstMonthOfQuarter(YearMonth m) {
        return YearMonth.of(m.getYear(), ((m.getMonthValue() - 1) / 3) * 3 + 1);
    }
}
