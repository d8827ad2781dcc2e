package nl.samenspraak;

import nl.samenspraak.account.StaffAccounts;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Test data for the administrator's pages (account's and collaboration's): unique names, and a
 * network address per test.
 */
public final class AdminFixtures {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private AdminFixtures() {}

    /** A platform administrator without memberships, with {@link nl.samenspraak.Fixtures#PASSWORD}. */
    public static String aPlatformAdmin(StaffAccounts accounts) {
        String email = "beheerder-" + unique() + "@platform.example";
        accounts.create(email, "Beheerder", nl.samenspraak.Fixtures.PASSWORD, true, "test");
        return email;
    }

    public static String unique() {
        return COUNTER.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Login attempts are limited per network address across the whole test run; giving each
     * test its own address keeps tests from slowing each other down.
     */
    public static RequestPostProcessor fromOwnAddress() {
        String address = "10.77." + (COUNTER.incrementAndGet() % 250) + "." + (1 + (int) (Math.random() * 250));
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
