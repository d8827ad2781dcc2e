package nl.samenspraak.resident;

import java.util.Optional;
import java.util.UUID;

/**
 * A page of another module where residents manage their own data and consents there (the pool's
 * member page). The privacy page offers a button for each one that applies to the resident and
 * sends them there with a fresh personal link, so nobody has to find an old mail first. The
 * modules that hold such pages depend on this module, never the other way round.
 */
public interface ResidentFeatureLinks {

    /** Stable, URL-safe name of the page, used in {@code /mijn-gegevens/{token}/naar/{name}}. */
    String name();

    /** Message key of the button text. */
    String labelKey();

    /** Whether this resident has something there to see or change. */
    boolean appliesTo(UUID collaborationId, UUID residentId);

    /** Issues a fresh personal link and returns the path to send the resident to; empty when it no longer applies. */
    Optional<String> open(UUID collaborationId, UUID residentId);
}
