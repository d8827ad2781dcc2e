package nl.samenspraak.demo.internal;

import java.util.List;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.platform.DemoSwitch;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo into an empty database when {@link DemoSwitch} allows it (by default only
 * with the embedded database) and, when the app is ready, prints where it runs and how to log in.
 * It stays a bean with the demo switched off, to print the address; {@link DemoContent} then does
 * not exist ({@code @DemoOnly}) and nothing is loaded.
 */
@Component
@Order(10)
class DemoLogins implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLogins.class);
    /** The demo collaborations whose coordinator logins the start-up message names. */
    static final List<String> SHOWN = List.of("texel", "heerenveen", "mijnstreek");

    private final @Nullable DemoContent content;
    private final Collaborations collaborations;
    private final boolean enabled;
    private final String password;
    private final String baseUrl;

    DemoLogins(@Nullable DemoContent content, Collaborations collaborations, @Value("${samenspraak.demo:}") String demo,
               @Value("${spring.datasource.url:}") String datasourceUrl,
               @Value("${samenspraak.demo-password}") String password, @Value("${samenspraak.base-url}") String baseUrl) {
        this.content = content;
        this.collaborations = collaborations;
        this.enabled = new DemoSwitch(demo, datasourceUrl).enabled();
        this.password = password;
        this.baseUrl = baseUrl;
    }

    static String coordinatorEmail(String slug) {
        return "coordinator@" + slug + ".example";
    }

    static String professionalEmail(String slug) {
        return "professional@" + slug + ".example";
    }

    static String viewerEmail(String slug) {
        return "meekijker@" + slug + ".example";
    }

    static String boardEmail(String slug) {
        return "bestuurder@" + slug + ".example";
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled && content != null && collaborations.isEmpty()) {
            content.load(DemoContent.read(), password);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        StringBuilder text = new StringBuilder("\n\n  Samenspraak is running at ").append(baseUrl).append('\n');
        if (enabled) {
            boolean demoPresent = SHOWN.stream().anyMatch(slug -> collaborations.findBySlug(slug).isPresent());
            if (demoPresent) {
                text.append("  Demo logins (password: the value of SAMENSPRAAK_DEMO_PASSWORD, default 'samenspraak-demo'):\n");
                SHOWN.forEach(slug -> text.append("    ").append(coordinatorEmail(slug)).append('\n'));
                text.append("  ... and coordinator@<slug>.example for every demo collaboration;\n");
                text.append("  professional@<slug>.example, meekijker@<slug>.example and bestuurder@<slug>.example show the other roles.\n");
                text.append("  Coordinators set up an authenticator app (second step) at their first login.\n");
            }
        }
        log.info(text.toString());
    }
}
