package nl.samenspraak.resident;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.platform.Outbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The "see or erase my data" link. It opens everything the platform keeps under an e-mail
 * address, so it only ever travels by e-mail to the address on record, and never to a browser:
 * a page that showed it would hand that mailbox's data to whoever typed the address.
 */
@Service
public class PrivacyLinks {

    public static final String PURPOSE = "privacy";
    static final Duration VALID_FOR = Duration.ofHours(24);

    private final Residents residents;
    private final Collaborations collaborations;
    private final Outbox outbox;
    private final MessageSource messages;
    private final String baseUrl;

    PrivacyLinks(Residents residents, Collaborations collaborations, Outbox outbox, MessageSource messages,
                 @Value("${samenspraak.base-url}") String baseUrl) {
        this.residents = residents;
        this.collaborations = collaborations;
        this.outbox = outbox;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /**
     * Mails the link to the resident's own address, in their language; false when they have no
     * e-mail address on record (then only staff can help them, on their behalf).
     */
    @Transactional
    public boolean mailTo(UUID collaborationId, UUID residentId) {
        Resident resident = residents.find(collaborationId, residentId).filter(r -> !r.erased()).orElse(null);
        if (resident == null || resident.email() == null) {
            return false;
        }
        String token = residents.issueMailedLink(collaborationId, residentId, PURPOSE, VALID_FOR, resident.email());
        Locale in = Locale.forLanguageTag(resident.language());
        String name = collaborations.findById(collaborationId).map(Collaboration::name).orElse("");
        outbox.enqueue(collaborationId, resident.email(),
                messages.getMessage("resident.privacy.mail.subject", new Object[] {name}, in),
                messages.getMessage("resident.privacy.mail.body", new Object[] {name, baseUrl + "/mijn-gegevens/" + token}, in),
                null);
        return true;
    }
}
