package nl.samenspraak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

/** The platform module alone (it depends on no other module), against its own embedded PostgreSQL. */
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
