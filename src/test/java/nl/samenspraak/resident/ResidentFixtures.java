package nl.samenspraak.resident;

import java.util.Map;
import java.util.UUID;
import nl.samenspraak.Fixtures.World;
import org.springframework.context.ApplicationContext;

/** Residents with data in every table of the resident module, with values unique to each call. */
public class ResidentFixtures {

    /** A resident's identifying values; each is unique so a search through all tables finds only them. */
    public record Person(UUID id, String name, String email, String phone, String address) {}

    private final Residents residents;
    private final Demographics demographics;
    private final Participations participations;
    private final ResidentMessages messages;
    private final PrivacyLinks privacyLinks;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** Built from the test's context rather than registered as a bean: one shared test context stays one. */
    public ResidentFixtures(ApplicationContext context) {
        this.residents = context.getBean(Residents.class);
        this.demographics = context.getBean(Demographics.class);
        this.participations = context.getBean(Participations.class);
        this.messages = context.getBean(ResidentMessages.class);
        this.privacyLinks = context.getBean(PrivacyLinks.class);
        this.jdbc = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
    }

    /** Wants letters; has demographics, a participation, a queued letter and a personal link. */
    public Person aResidentWithRecordsEverywhere(World world) {
        UUID c = world.collaboration().id();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String name = "Zwaantje Vos-" + unique;
        String email = "zwaantje." + unique + "@example.org";
        String phone = "06 " + (10_000_000 + Math.abs(unique.hashCode() % 89_999_999));
        String address = "Dorpsstraat " + unique + ", 7311 AB Apeldoorn";
        UUID id = residents.register(c, new ResidentDetails(name, email, phone, address, ContactChannel.POST, "nl"));
        demographics.save(c, id, Map.of(Dimension.AGE, "A45_64", Dimension.POSTCODE, "7311", Dimension.DISABILITY, "YES"), true);
        participations.record(c, id, new Participations.Participation(Participations.Kind.POOL, null, null, null, "ONLINE", null));
        messages.send(c, id, "Uw brief", "Beste " + name + ", welkom in de pool.", null);
        residents.issueLink(c, id, "pool", null, java.time.Duration.ofDays(30));
        return new Person(id, name, email, phone, address);
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
