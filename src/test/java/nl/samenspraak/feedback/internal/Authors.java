package nl.samenspraak.feedback.internal;

import java.time.Duration;
import java.util.UUID;
import nl.samenspraak.input.Author;
import nl.samenspraak.input.ContactBy;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

/** Authors who chose a channel, with unique details so tests sharing a database never mix them up. */
final class Authors {

    private Authors() {}

    static String uniqueEmail() {
        return "inwoner-" + UUID.randomUUID() + "@example.org";
    }

    static Author byEmail(String name, String email) {
        return new Author(name, email, null, null, ContactBy.EMAIL, true);
    }

    static Author byPost(String name, String address) {
        return new Author(name, null, address, null, ContactBy.POST, true);
    }

    static Author byPhone(String name, String phone) {
        return new Author(name, null, null, phone, ContactBy.PHONE, true);
    }

    /** Listeners run after commit on another thread and the outbox polls every 0.5 s: wait, but not forever. */
    static ConditionFactory eventually() {
        return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100));
    }
}
