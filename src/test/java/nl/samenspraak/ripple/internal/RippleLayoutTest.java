package nl.samenspraak.ripple.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.collaboration.CollaborationId;
import nl.samenspraak.ripple.ActivityKind;
import nl.samenspraak.ripple.Capital;
import nl.samenspraak.ripple.Ring;
import nl.samenspraak.ripple.RippleMap;
import nl.samenspraak.ripple.TellerKind;
import nl.samenspraak.ripple.Valence;
import org.junit.jupiter.api.Test;

/** The geometry of the drawing: every marker in its own cell, none on top of another, the same map the same picture. */
class RippleLayoutTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    /** 40 effects: 20 crowded into one cell, the rest spread over every ring and capital; 8 activities. */
    static RippleMap aCrowdedMap() {
        return aMap(40, 20);
    }

    /** {@code total} effects, the first {@code crowded} in the cell the form suggests (direct, social). */
    static RippleMap aMap(int total, int crowded) {
        List<RippleMap.Activity> activities = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            activities.add(new RippleMap.Activity(new UUID(1, i), ActivityKind.PROCESS, "Activiteit " + i));
        }
        List<RippleMap.Effect> effects = new ArrayList<>();
        List<RippleMap.Link> links = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            Ring ring = i < crowded ? Ring.DIRECT : Ring.values()[i % 3];
            Capital capital = i < crowded ? Capital.SOCIAL : Capital.values()[i % 7];
            UUID id = new UUID(2, i);
            effects.add(new RippleMap.Effect(id, "Effect " + i, "iedereen", i % 2 == 0, Valence.values()[i % 3], ring,
                    capital, "", TellerKind.RESIDENT, DAY.plusDays(i), new UUID(3, 0), DAY));
            links.add(i == 0 ? new RippleMap.Link(activities.get(i % 8).id(), true, id)
                    : new RippleMap.Link(new UUID(2, i - 1), false, id));
        }
        return new RippleMap(new CollaborationId(new UUID(9, 9)), activities, effects, links);
    }

    @Test
    void everyEffectLiesInsideItsRingBandAndItsCapitalsSector() {
        assertInsideItsCell(aCrowdedMap(), 5);
    }

    @Test
    void twoHundredEffectsWithEightyInOneCellStayInsideApartAndBigEnoughToRead() {
        RippleMap map = aMap(200, 80);
        assertInsideItsCell(map, 5);
        assertNoOverlap(new RippleLayout(map));
    }

    @Test
    void evenTwoHundredEffectsInOneCellNeverLeaveItNorTouch() {
        RippleMap map = aMap(200, 200);
        assertInsideItsCell(map, 1);
        assertNoOverlap(new RippleLayout(map));
    }

    @Test
    void aCrowdedCellGetsLargerMarkersThanEqualRowsWouldGive() {
        // 20 in one cell fitted 8.4 units in three equal rows; longer outer rows leave room for more.
        RippleLayout layout = new RippleLayout(aCrowdedMap());
        assertThat(layout.effects.get(new UUID(2, 0)).r()).isGreaterThan(11);
    }

    private static void assertInsideItsCell(RippleMap map, double smallest) {
        RippleLayout layout = new RippleLayout(map);

        assertThat(layout.effects).hasSize(map.effects().size());
        for (RippleMap.Effect effect : map.effects()) {
            RippleLayout.Point p = layout.effects.get(effect.id());
            double r = p.radiusFromCentre();
            assertThat(r - p.r()).as("inner edge of %s", effect.whatChanged())
                    .isGreaterThanOrEqualTo(RippleLayout.innerOf(effect.ring()));
            assertThat(r + p.r()).as("outer edge of %s", effect.whatChanged())
                    .isLessThanOrEqualTo(RippleLayout.outerOf(effect.ring()));
            double start = RippleLayout.startOf(effect.capital());
            assertThat(p.angle()).as("sector of %s", effect.whatChanged())
                    .isBetween(start, start + RippleLayout.SECTOR);
            // The whole marker, not only its centre, stays clear of the sector's lines.
            double margin = Math.asin(Math.min(1, p.r() / r));
            assertThat(p.angle() - margin).isGreaterThanOrEqualTo(start);
            assertThat(p.angle() + margin).isLessThanOrEqualTo(start + RippleLayout.SECTOR);
            assertThat(p.r()).as("marker of %s is big enough to read its number", effect.whatChanged())
                    .isGreaterThanOrEqualTo(smallest);
        }
    }

    @Test
    void noTwoMarkersOverlapNotEvenActivities() {
        assertNoOverlap(new RippleLayout(aCrowdedMap()));
    }

    private static void assertNoOverlap(RippleLayout layout) {
        List<RippleLayout.Point> all = new ArrayList<>(layout.effects.values());
        all.addAll(layout.activities.values());
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                assertThat(all.get(i).distanceTo(all.get(j))).as("markers %d and %d", i, j)
                        .isGreaterThan(all.get(i).r() + all.get(j).r());
            }
        }
        for (RippleLayout.Point activity : layout.activities.values()) {
            assertThat(activity.radiusFromCentre() + activity.r()).isLessThanOrEqualTo(RippleLayout.CENTRE);
        }
    }

    @Test
    void theSameMapIsAlwaysLaidOutTheSame() {
        Map<UUID, RippleLayout.Point> first = new RippleLayout(aCrowdedMap()).effects;
        Map<UUID, RippleLayout.Point> second = new RippleLayout(aCrowdedMap()).effects;
        assertThat(second).isEqualTo(first);
    }
}
