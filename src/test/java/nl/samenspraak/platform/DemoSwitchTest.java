package nl.samenspraak.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Demo logins with a published password must never reach a real install by default. */
class DemoSwitchTest {

    private static final String EXTERNAL = "jdbc:postgresql://db.example:5432/samenspraak";

    @Test
    void loadsByDefaultOnlyWithTheEmbeddedDatabase() {
        assertThat(new DemoSwitch(null, null).enabled()).isTrue();
        assertThat(new DemoSwitch("", "").enabled()).isTrue();
        assertThat(new DemoSwitch("", EXTERNAL).enabled()).isFalse();
        assertThat(new DemoSwitch(null, EXTERNAL).enabled()).isFalse();
    }

    @Test
    void loadsIntoAnExternalDatabaseOnlyWhenAskedExplicitly() {
        assertThat(new DemoSwitch("true", EXTERNAL).enabled()).isTrue();
        assertThat(new DemoSwitch(" TRUE ", EXTERNAL).enabled()).isTrue();
    }

    @Test
    void falseSwitchesItOffEverywhere() {
        assertThat(new DemoSwitch("false", null).enabled()).isFalse();
        assertThat(new DemoSwitch("false", EXTERNAL).enabled()).isFalse();
    }

    @Test
    void refusesAMisspeltSettingInsteadOfGuessing() {
        assertThatThrownBy(() -> new DemoSwitch("yes", EXTERNAL).enabled())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("SAMENSPRAAK_DEMO");
    }
}
