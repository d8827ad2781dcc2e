package nl.samenspraak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import nl.samenspraak.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded PostgreSQL acknowledges a commit only once it is on disk: an acknowledged input survives a crash. */
class DurabilitySettingsTest extends IntegrationTest {

    @Autowired JdbcClient jdbc;

    @Test
    void embeddedDatabaseCommitsToDiskBeforeItAcknowledges() {
        assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc.sql("SHOW fsync").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc.sql("SHOW full_page_writes").query(String.class).single()).isEqualTo("on");
    }
}
