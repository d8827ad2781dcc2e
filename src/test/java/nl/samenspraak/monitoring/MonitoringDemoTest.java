package nl.samenspraak.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import nl.samenspraak.IntegrationTest;
import nl.samenspraak.collaboration.CollaborationId;
import nl.samenspraak.collaboration.Collaborations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The demo collaborations show indicators with a trend, computed from their own history. */
@TestPropertySource(properties = {"samenspraak.demo=true", "samenspraak.demo-password=demo-wachtwoord"})
class MonitoringDemoTest extends IntegrationTest {

    @Autowired Collaborations collaborations;
    @Autowired ProcessIndicators indicators;

    @Test
    void texelHeerenveenAndMijnstreekHaveAnswersOnTimeOverManyQuartersGettingBetter() throws Exception {
        for (String slug : new String[] {"texel", "heerenveen", "mijnstreek"}) {
            var c = collaborations.findBySlug(slug).orElseThrow();
            IndicatorBoard board = indicators.forCollaboration(CollaborationId.of(c.id()), today());
            Indicator onTime = board.get(IndicatorKind.ANSWERS_ON_TIME);
            assertThat(onTime.trend()).as(slug).hasSizeGreaterThanOrEqualTo(7);
            Integer firstShare = onTime.trend().getFirst().value().percent();
            Integer lastFullQuarter = onTime.trend().get(onTime.trend().size() - 2).value().percent();
            assertThat(lastFullQuarter).as(slug).isGreaterThan(firstShare);
            assertThat(board.get(IndicatorKind.REACH).hasData()).as(slug).isTrue();
            assertThat(board.get(IndicatorKind.SERIES_CONTINUITY).hasData()).as(slug).isTrue();

            int status = mvc.perform(get("/beheer/{slug}/indicatoren", slug).with(as("coordinator@" + slug + ".example")))
                    .andReturn().getResponse().getStatus();
            assertThat(status).as(slug).isEqualTo(200);
        }
    }
}
