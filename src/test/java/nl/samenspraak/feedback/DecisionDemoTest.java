package nl.samenspraak.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.UUID;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.collaboration.Collaborations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The demo shows "u zei, wij deden": decisions with linked inputs and honest news, one of it a delay. */
@TestPropertySource(properties = {"samenspraak.demo=true", "samenspraak.demo-password=demo-wachtwoord"})
class DecisionDemoTest extends IntegrationTest {

    @Autowired Collaborations collaborations;
    @Autowired DecisionBook decisions;

    @Test
    void demoDecisionsLinkInputsAndOneIsDelayedWithItsReason() throws Exception {
        for (String slug : List.of("zoetermeer", "texel", "heerenveen")) {
            UUID c = collaborations.findBySlug(slug).orElseThrow().id();
            List<PublicDecision> all = decisions.ofCollaboration(c);
            assertThat(all).as(slug).hasSize(2).allSatisfy(d -> assertThat(d.inputCount()).as(d.title()).isPositive());
        }
        UUID zoetermeer = collaborations.findBySlug("zoetermeer").orElseThrow().id();
        PublicDecision delayed = decisions.ofCollaboration(zoetermeer).stream()
                .filter(d -> d.state() == DecisionState.DELAYED).findFirst().orElseThrow();
        assertThat(delayed.latestUpdate().orElseThrow().text()).contains("kabels");
        assertThat(decisions.ofCollaboration(zoetermeer)).anySatisfy(d -> {
            assertThat(d.state()).isEqualTo(DecisionState.DONE);
            assertThat(d.updates()).hasSize(2);
        });
        String page = mvc.perform(get("/besluiten/{id}", delayed.id().value())).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Meer openbare toiletten in het Stadshart", "Vertraagd", "De reden: De plek bij het stadhuis");
    }
}
