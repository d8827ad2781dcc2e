package nl.samenspraak.ripple.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.collaboration.CollaborationId;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.ripple.RippleMap;
import nl.samenspraak.ripple.RippleMaps;
import nl.samenspraak.ripple.Valence;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The demo's three rich collaborations each show a full ripple map from two sessions a year apart. */
@TestPropertySource(properties = {"samenspraak.demo=true", "samenspraak.demo-password=demo-wachtwoord"})
class RippleDemoTest extends IntegrationTest {

    @Autowired Collaborations collaborations;
    @Autowired RippleBook book;
    @Autowired RippleMaps maps;

    @Test
    void texelHeerenveenAndMijnstreekHaveTwoSessionsAYearApartAndARichMap() {
        for (String slug : List.of("texel", "heerenveen", "mijnstreek")) {
            var c = collaborations.findBySlug(slug).orElseThrow().id();
            var sessions = book.sessions(c);
            assertThat(sessions).as(slug).hasSize(2);
            assertThat(ChronoUnit.DAYS.between(sessions.get(1).heldOn(), sessions.get(0).heldOn())).as(slug)
                    .isBetween(330L, 400L);
            RippleMap map = maps.map(CollaborationId.of(c));
            assertThat(map.effects()).as(slug).hasSizeBetween(15, 25);
            assertThat(map.effects()).extracting(RippleMap.Effect::valence).as(slug)
                    .contains(Valence.POSITIVE, Valence.NEGATIVE, Valence.MIXED);
            assertThat(map.effects()).extracting(RippleMap.Effect::intended).as(slug).contains(true, false);
            assertThat(map.effects().stream().map(RippleMap.Effect::ring).distinct().count()).as(slug).isEqualTo(3);
            assertThat(map.links().stream().filter(l -> !l.fromActivity()).count()).as("chains in " + slug)
                    .isGreaterThan(8);
            assertThat(map.effects().stream().map(RippleMap.Effect::happenedOn).min(java.util.Comparator.naturalOrder())
                    .orElseThrow()).as("history of " + slug).isBefore(today().minusYears(2).minusMonths(6));
            assertThat(maps.svg(CollaborationId.of(c), Locale.forLanguageTag("nl"))).contains("role=\"img\"");
        }
    }
}
