package nl.samenspraak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.view.RedirectView;

/** The shared helpers every module uses: plain unit tests, no Spring context. */
class SharedHelpersTest {

    @Test
    void sha256HexIsLowerCaseHexOfTheUtf8Bytes() {
        assertThat(Hashing.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Hashing.sha256Hex("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(Hashing.sha256Hex("één")).isEqualTo(java.util.HexFormat.of().formatHex(Hashing.sha256("één")))
                .hasSize(64).isLowerCase();
    }

    @Test
    void steadyTimingWaitsOutQuickWorkButNeverDelaysWorkThatTookLonger() {
        java.time.Duration minimum = java.time.Duration.ofMillis(150);
        java.util.concurrent.atomic.AtomicInteger ran = new java.util.concurrent.atomic.AtomicInteger();
        long started = System.nanoTime();
        SteadyTiming.atLeast(minimum, ran::incrementAndGet);
        assertThat(ran).hasValue(1);
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(minimum);

        long slowStarted = System.nanoTime();
        SteadyTiming.atLeast(java.time.Duration.ZERO, () -> sleep(50));
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - slowStarted))
                .isGreaterThanOrEqualTo(java.time.Duration.ofMillis(50))
                .isLessThan(java.time.Duration.ofSeconds(5));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void sha256GivesThirtyTwoBytes() {
        assertThat(Hashing.sha256("token")).hasSize(32);
    }

    @Test
    void seeOtherIsA303WithinTheApplicationThatCarriesNoModel() throws Exception {
        RedirectView view = Redirects.seeOther("/bijeenkomsten/1?nieuw");
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/app/bijeenkomsten/1/aanmelden");
        request.setContextPath("/app");
        MockHttpServletResponse response = new MockHttpServletResponse();

        view.render(Map.of("email", "iemand@example.org"), request, response);

        assertThat(response.getStatus()).isEqualTo(HttpStatus.SEE_OTHER.value());
        assertThat(response.getHeader("Location")).isEqualTo("/app/bijeenkomsten/1?nieuw");
    }

    @Test
    void parseUuidReadsACanonicalUuid() {
        UUID id = UUID.randomUUID();
        assertThat(Ids.parseUuid(id.toString())).contains(id);
        assertThat(Ids.parseUuid(" " + id.toString().toUpperCase(Locale.ROOT) + " ")).contains(id);
    }

    @Test
    void parseUuidNeverThrowsOnHostileText() {
        List<String> hostile = java.util.Arrays.asList(null, "", "   ", "1-1-1-1-1", "x", "00000000-0000-0000-0000-00000000000g",
                "00000000-0000-0000-0000-0000000000000", "../../etc/passwd", "' OR 1=1 --", "\u0000".repeat(36),
                "1-2-3-4-5678901234567890123456789012", "-".repeat(36), "a".repeat(100_000),
                "00000000+0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff\n");
        for (String text : hostile) {
            if (text != null && text.strip().equals("ffffffff-ffff-ffff-ffff-ffffffffffff")) {
                assertThat(Ids.parseUuid(text)).isPresent();
            } else {
                assertThat(Ids.parseUuid(text)).as("%s", text).isEmpty();
            }
        }
    }

    @Test
    void pageKeyIsAPositiveNumberOrNothing() {
        assertThat(PageKeys.before("42")).isEqualTo(42L);
        assertThat(PageKeys.before(" 7 ")).isEqualTo(7L);
        assertThat(PageKeys.before(String.valueOf(Long.MAX_VALUE))).isEqualTo(Long.MAX_VALUE);
        for (String text : java.util.Arrays.asList(null, "", " ", "0", "-5", "abc", "1.5", "99999999999999999999", "1e3")) {
            assertThat(PageKeys.before(text)).as("%s", text).isNull();
        }
    }

    @Test
    void formErrorsPutTheMessageNextToItsField() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("test.tooLong", Locale.forLanguageTag("nl"), "Te lang");
        FormErrors errors = new FormErrors(messages);

        assertThat(errors.of(new Broken("name", "test.tooLong"), Locale.forLanguageTag("nl")))
                .isEqualTo(Map.of("name", "Te lang"));
    }

    @Test
    void formErrorsFallBackToTheKeyWhenAMessageIsMissing() {
        FormErrors errors = new FormErrors(new StaticMessageSource());

        assertThat(errors.of(new Broken("email", "test.unknown"), Locale.ENGLISH)).isEqualTo(Map.of("email", "test.unknown"));
    }

    private static final class Broken extends InvalidFieldException {
        Broken(String field, String messageKey) {
            super(field, messageKey);
        }
    }
}
