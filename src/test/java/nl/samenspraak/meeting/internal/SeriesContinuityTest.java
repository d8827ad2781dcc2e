package nl.samenspraak.meeting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.collaboration.CollaborationId;
import nl.samenspraak.meeting.SeriesContinuity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Held against planned per series and quarter, as the monitoring module reads it. */
class SeriesContinuityTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired MeetingSeries series;
    @Autowired Meetings meetings;
    @Autowired MeetingChanges changes;
    @Autowired Venues venues;
    @Autowired SeriesContinuity continuity;

    @Test
    void countsHeldAndCancelledMeetingsPerQuarterInDutchTimeAgainstThePlan() {
        var world = fixtures.aCollaborationWithStaff();
        var other = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        LocalDate today = today();
        LocalDate thisQuarter = LocalDate.of(today.getYear(), ((today.getMonthValue() - 1) / 3) * 3 + 1, 1);
        LocalDate twoBack = thisQuarter.minusMonths(6);
        LocalDate oneBack = thisQuarter.minusMonths(3);
        UUID venue = aVenue(c);
        UUID monthly = aSeries(c, "Klankbordgroep", twoBack);
        held(c, monthly, venue, twoBack.plusDays(10), "19:00");
        held(c, monthly, venue, twoBack.plusMonths(1).plusDays(10), "19:00");
        changes.cancel(c, meeting(c, monthly, venue, twoBack.plusMonths(2).plusDays(10), "19:00"), "test");
        // Half past midnight on the quarter's first day is still the day before in UTC: it counts in the new quarter.
        held(c, monthly, venue, oneBack, "00:30");
        held(c, monthly, venue, oneBack.plusMonths(1).plusDays(3), "19:00");
        held(c, monthly, venue, oneBack.plusMonths(2).plusDays(3), "19:00");
        UUID theirs = aSeries(other.collaboration().id(), "Hun reeks", twoBack);

        List<SeriesContinuity.SeriesFigures> figures = continuity.of(CollaborationId.of(c), today);

        assertThat(figures).singleElement().satisfies(s -> {
            assertThat(s.series().value()).isEqualTo(monthly).isNotEqualTo(theirs);
            assertThat(s.name()).isEqualTo("Klankbordgroep");
            assertThat(s.quarters()).hasSize(3);
            assertThat(s.quarters().get(0)).isEqualTo(new SeriesContinuity.QuarterCount(twoBack.getYear(),
                    (twoBack.getMonthValue() - 1) / 3 + 1, 3, 2, 1));
            assertThat(s.quarters().get(1)).isEqualTo(new SeriesContinuity.QuarterCount(oneBack.getYear(),
                    (oneBack.getMonthValue() - 1) / 3 + 1, 3, 3, 0));
            int monthsNow = today.getMonthValue() - thisQuarter.getMonthValue() + 1;
            assertThat(s.quarters().get(2).planned()).isEqualTo(monthsNow);
            assertThat(s.plannedSoFar()).isEqualTo(6 + monthsNow);
            assertThat(s.heldSoFar()).isEqualTo(5);
        });
    }

    private UUID aVenue(UUID c) {
        VenueForm form = new VenueForm();
        form.setName("Dorpshuis");
        form.setAddress("Dorpsstraat 1, Den Burg");
        form.setStepFree(true);
        return venues.create(c, form, "test");
    }

    private UUID aSeries(UUID c, String name, LocalDate startsOn) {
        SeriesForm form = new SeriesForm();
        form.setName(name);
        form.setPurpose("Samen praten over wat beter kan.");
        form.setCadence("MONTHLY");
        form.setPlannedPerYear("12");
        form.setStartsOn(startsOn.toString());
        return series.create(c, form, "test");
    }

    private UUID meeting(UUID c, UUID seriesId, UUID venue, LocalDate date, String start) {
        MeetingForm form = new MeetingForm();
        form.setTitle("Klankbordgroep");
        form.setAbout("Vaste bijeenkomst.");
        form.setProcessId("");
        form.setSeriesId(seriesId.toString());
        form.setVenueId(venue.toString());
        form.setDate(date.toString());
        form.setStartTime(start);
        form.setEndTime(start.equals("00:30") ? "01:30" : "21:00");
        form.setCapacity("20");
        return meetings.create(c, form, "test");
    }

    private void held(UUID c, UUID seriesId, UUID venue, LocalDate date, String start) {
        changes.recordAttendance(c, meeting(c, seriesId, venue, date, start), Set.of(), "4", "test");
    }
}
