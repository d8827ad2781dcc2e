package nl.samenspraak;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        ApplicationModules modules = ApplicationModules.of(SamenspraakApplication.class);
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("platform", "account", "collaboration", "process", "input");
        modules.verify();
    }
}
