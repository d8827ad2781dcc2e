package nl.samenspraak.resident.internal;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.Fixtures.World;
import nl.samenspraak.resident.ContactChannel;
import nl.samenspraak.resident.Participations;
import nl.samenspraak.resident.ResidentDetails;
import nl.samenspraak.resident.ResidentMessages;
import nl.samenspraak.resident.Residents;
import org.springframework.context.ApplicationContext;

/** Residents with data in every table of the resident module, with values unique to each call. */
class PrivacyFixtures {

    /** A resident's identifying values; each is unique so a search through all tables finds only them. */
    record Person(UUID id, String name, String email, String phone, String address) {}

    private final Residents residents;
    private final Demographics demographics;
    private final Participations participations;
    private final ResidentMessages messages;

    /** Built from the test's context rather than registered as a bean: one shared test context stays one. */
    PrivacyFixtures(ApplicationContext context) {
        this.residents = context.getBean(Residents.class);
        this.demographics = context.getBean(Demographics.class);
        this.participations = context.getBean(Participations.class);
        this.messages = context.getBean(ResidentMessages.class);
    }

    /** Wants letters; has demographics, a participation, a queued letter and a personal link. */
    Person aResidentWithRecordsEverywhere(World world) {
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
        residents.issueLink(c, id, "pool", null, Duration.ofDays(30));
        return new Person(id, name, email, phone, address);
    }
}
