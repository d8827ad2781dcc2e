package nl.samenspraak.ripple.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.collaboration.CollaborationId;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.process.Processes;
import nl.samenspraak.ripple.RippleMap;
import nl.samenspraak.ripple.RippleMaps;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/** The ripple module with the modules it uses: a session looks back on a process, an effect lands on the map. */
@DirtiesContext
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = {"samenspraak.data-dir=", "samenspraak.demo=false"})
class RippleModuleTest {

    @Autowired RippleMaps maps;
    @Autowired Collaborations collaborations;
    @Autowired Processes processes;
    @Autowired Clock clock;
    @Autowired org.springframework.context.ApplicationContext context;

    @Test
    void anEffectToldInASessionLandsOnTheCollaborationsMap() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Collaboration collaboration = collaborations.create("ripple-" + unique, "Samen " + unique, "Texel", "",
                List.of(), List.of(), "test");
        UUID process = processes.create(collaboration.id(), nl.samenspraak.Fixtures.aProcessDraft("Buurtkamer"), "test");
        nl.samenspraak.ripple.RippleCases.of(context, collaboration.id(), process, LocalDate.now(clock));

        RippleMap map = maps.map(CollaborationId.of(collaboration.id()));
        assertThat(map.activities()).extracting(RippleMap.Activity::title).containsExactly("Buurtkamer");
        assertThat(map.effects()).extracting(RippleMap.Effect::whatChanged).containsExactly("Buren kennen elkaar");
        assertThat(maps.svg(CollaborationId.of(collaboration.id()), Locale.forLanguageTag("nl"))).contains("A1", "1+");
    }
}
