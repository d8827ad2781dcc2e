package nl.samenspraak.resident.internal;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import nl.samenspraak.platform.RateLimiter;
import nl.samenspraak.resident.ContactChannel;
import nl.samenspraak.resident.PersonalDataHolder;
import nl.samenspraak.resident.PrivacyLinks;
import nl.samenspraak.resident.ResidentDetails;
import nl.samenspraak.resident.Residents;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Show me my data": a personal link goes to the e-mail address typed, once for every
 * collaboration that knows it, so only whoever reads that mailbox gets in. The page that asks
 * says the same whether the address is known or not.
 *
 * <p>Someone who only gave an e-mail address with an input has no resident record yet; one is
 * made then, holding just that address, because a personal link belongs to a resident. It goes
 * with everything else when they have their data erased.
 */
@Service
class PrivacyRequests {

    /** Mails per address per day: enough to ask again, too few to flood someone's mailbox. */
    static final int MAILS_PER_ADDRESS = 3;

    private final JdbcClient jdbc;
    private final Residents residents;
    private final ObjectProvider<PersonalDataHolder> holders;
    private final PrivacyLinks privacyLinks;
    private final RateLimiter limiter;

    PrivacyRequests(JdbcClient jdbc, Residents residents, ObjectProvider<PersonalDataHolder> holders,
                    PrivacyLinks privacyLinks, RateLimiter limiter) {
        this.jdbc = jdbc;
        this.residents = residents;
        this.holders = holders;
        this.privacyLinks = privacyLinks;
        this.limiter = limiter;
    }

    /** Sends the links, if the address is known anywhere; returns how many went out (never shown). */
    @Transactional
    int request(String email, Locale locale) {
        if (!limiter.tryAcquireForAddress("privacy-mail", email, MAILS_PER_ADDRESS, Duration.ofDays(1))) {
            return 0;
        }
        record Known(UUID collaborationId, UUID residentId) {}
        List<Known> known = new java.util.ArrayList<>(jdbc.sql(
                        "SELECT collaboration_id, id FROM resident WHERE lower(email) = lower(:e) AND erased_at IS NULL")
                .param("e", email)
                .query((rs, n) -> new Known(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .list());
        Set<UUID> withResident = new LinkedHashSet<>(known.stream().map(Known::collaborationId).toList());
        Set<UUID> onlyInput = new LinkedHashSet<>();
        holders.orderedStream().forEach(h -> onlyInput.addAll(h.collaborationsKnowing(email)));
        onlyInput.removeAll(withResident);
        for (UUID collaborationId : onlyInput) {
            UUID id = residents.register(collaborationId,
                    new ResidentDetails(null, email, null, null, ContactChannel.EMAIL, locale.getLanguage()));
            known.add(new Known(collaborationId, id));
        }
        for (Known k : known) {
            privacyLinks.mailTo(k.collaborationId(), k.residentId());
        }
        return known.size();
    }
}
