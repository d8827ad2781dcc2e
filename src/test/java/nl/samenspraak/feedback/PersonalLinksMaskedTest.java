package nl.samenspraak.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.platform.Outbox;
import nl.samenspraak.platform.PersonalLinkMask;
import nl.samenspraak.resident.ContactChannel;
import nl.samenspraak.resident.ResidentDetails;
import nl.samenspraak.resident.ResidentMessages;
import nl.samenspraak.resident.Residents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 9, item 2: a resident's personal link is their key, so no staff page may show one usable.
 * Every kind of personal link the platform makes is planted in a message; the staff pages' HTML
 * must not contain a single one of the tokens.
 */
class PersonalLinksMaskedTest extends IntegrationTest {

    /** Every path under which the platform hands out a token (grep: issueLink, SecureRandom, /wachtwoord-herstellen/). */
    private static final List<String> LINK_PATHS = List.of("/mijn-gegevens/", "/inwonerpool/mijn/", "/uitnodiging/",
            "/afspraak/", "/declaratie/", "/aanmelding/", "/wie-doet-mee/", "/zelfscan/", "/wachtwoord-herstellen/",
            "/nieuws-stoppen/", "/inwonerpool/nieuws-stoppen/");

    @Autowired Fixtures fixtures;
    @Autowired Residents residents;
    @Autowired Outbox outbox;
    @Autowired ResidentMessages messages;

    @Test
    void theOutboxShowsNoLiveTokenOfAnyKindOfPersonalLink() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID collaboration = world.collaboration().id();
        UUID resident = residents.register(collaboration,
                new ResidentDetails("Fatima", "fatima@example.org", null, null, ContactChannel.EMAIL, "nl"));
        List<String> tokens = new ArrayList<>();
        StringBuilder body = new StringBuilder("Beste Fatima,\n");
        for (String path : LINK_PATHS) {
            // Real tokens from the one issuer; the zelfscan and reset links have their own (shorter or UUID) form.
            String token = switch (path) {
                case "/zelfscan/" -> randomToken(16);
                case "/wachtwoord-herstellen/" -> UUID.randomUUID().toString();
                default -> residents.issueLink(collaboration, resident, "test", null, Duration.ofDays(7));
            };
            tokens.add(token);
            body.append("https://samenspraak.example").append(path).append(token).append('\n');
        }
        String queryToken = residents.issueLink(collaboration, resident, "test", null, Duration.ofDays(7));
        tokens.add(queryToken);
        body.append("https://samenspraak.example/mijn-gegevens?t=").append(queryToken).append('\n');
        outbox.enqueue(collaboration, "fatima@example.org", "Uw link " + tokens.getFirst(), body.toString(), null);

        String html = mvc.perform(get("/beheer/{slug}/uitgaande-mail", world.collaboration().slug())
                        .with(as(world.coordinatorEmail())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        for (String token : tokens) {
            assertThat(html).as("token of a personal link on the outbox page").doesNotContain(token);
        }
        for (String path : LINK_PATHS) {
            assertThat(html).contains("https://samenspraak.example" + path + PersonalLinkMask.MASK);
        }
        assertThat(html).contains("Beste Fatima,").contains("persoonlijke link, alleen voor de inwoner");
    }

    @Test
    void theCallQueueShowsTheTextToReadOutWithoutTheLink() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID collaboration = world.collaboration().id();
        UUID resident = residents.register(collaboration,
                new ResidentDetails("Mien", null, "06 1234 5678", null, ContactChannel.PHONE, "nl"));
        String token = residents.issueLink(collaboration, resident, "test", null, Duration.ofDays(7));
        messages.send(collaboration, resident, "Uw afspraak",
                "U kunt akkoord gaan via https://samenspraak.example/afspraak/" + token, null);

        String html = mvc.perform(get("/beheer/{slug}/post-en-bellen", world.collaboration().slug())
                        .with(as(world.professionalEmail())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).doesNotContain(token)
                .contains("U kunt akkoord gaan via https://samenspraak.example/afspraak/" + PersonalLinkMask.MASK)
                .contains("persoonlijke link, alleen voor de inwoner");
    }

    private static String randomToken(int bytes) {
        byte[] raw = new byte[bytes];
        new SecureRandom().nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }
}
