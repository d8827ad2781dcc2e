package nl.samenspraak.resident;

import java.util.UUID;
import org.springframework.context.ApplicationContext;

/** Residents as tests of every module need them: their personal "my data" link. */
public class ResidentFixtures {

    private final PrivacyLinks privacyLinks;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** Built from the test's context rather than registered as a bean: one shared test context stays one. */
    public ResidentFixtures(ApplicationContext context) {
        this.privacyLinks = context.getBean(PrivacyLinks.class);
        this.jdbc = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
    }

    /**
     * The token of a "my data" link, taken from the mail it travels in, as the resident would: such
     * a link is never handed out any other way.
     */
    public String privacyLinkOf(UUID collaborationId, UUID residentId) {
        if (!privacyLinks.mailTo(collaborationId, residentId)) {
            throw new IllegalStateException("the resident has no e-mail address to send a privacy link to");
        }
        String body = jdbc.sql("""
                        SELECT m.body FROM outbox_mail m JOIN resident r ON lower(r.email) = lower(m.recipient)
                        WHERE r.id = :r AND m.collaboration_id = :c AND m.body LIKE '%/mijn-gegevens/%' ORDER BY m.created_at DESC, m.id LIMIT 1
                        """)
                .param("r", residentId).param("c", collaborationId).query(String.class).single();
        var link = java.util.regex.Pattern.compile("/mijn-gegevens/([A-Za-z0-9_-]{20,})").matcher(body);
        if (!link.find()) {
            throw new IllegalStateException("no privacy link in " + body);
        }
        return link.group(1);
    }
}
