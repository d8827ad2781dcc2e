package nl.samenspraak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/** The platform module alone (it depends on no other module), against its own embedded PostgreSQL. */
// Closed after this class: its own PostgreSQL and scheduled jobs would otherwise run beside the
// whole-app tests for the rest of the run, taking CPU and making timing-sensitive tests flaky.
@DirtiesContext
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.STANDALONE)
@TestPropertySource(properties = {"samenspraak.data-dir=", "samenspraak.demo=false"})
class PlatformModuleTest {

    @Autowired AuditTrail audit;

    @Test
    void aPlatformWideAuditEntryIsRecordedAndTheChainStaysIntact() {
        String object = UUID.randomUUID().toString();

        audit.record(null, "platform-test", "platform.check", "test", object, "ok");

        assertThat(audit.newestFirstOnPlatform(null, 10))
                .anySatisfy(e -> assertThat(e.objectId()).isEqualTo(object));
        assertThat(audit.verify().intact()).isTrue();
    }
}
