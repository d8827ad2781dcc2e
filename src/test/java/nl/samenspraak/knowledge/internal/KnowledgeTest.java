package nl.samenspraak.knowledge.internal;

import java.util.UUID;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.account.StaffAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base of the knowledge tests: the small fixture seed is loaded through the loader itself,
 * idempotently, next to whatever real content the app loaded at start. Its items have keys
 * and words of their own ("test-klompenpraat", "klompenmaker"), so the tests hold whether or
 * not the real seed is there.
 */
abstract class KnowledgeTest extends IntegrationTest {

    static final String TEST_SEED = "classpath:knowledge/test-seed/";

    @Autowired KnowledgeSeedLoader loader;
    @Autowired StaffAccounts accounts;

    @BeforeEach
    void loadTestSeed() {
        loader.load(TEST_SEED);
    }

    /** A platform administrator without memberships. */
    String aPlatformAdmin() {
        String email = "kennisbeheer-" + UUID.randomUUID().toString().substring(0, 8) + "@platform.example";
        accounts.create(email, "Kennisbeheerder", nl.samenspraak.Fixtures.PASSWORD, true, "test");
        return email;
    }
}
