package nl.samenspraak.resident;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** A resident as stored; after erasure every detail is null and {@code erasedAt} is set. */
public record Resident(UUID id, UUID collaborationId, String name, String email, String phone, String postalAddress,
                       ContactChannel contactBy, String language, Instant createdAt, Instant erasedAt) {

    public ResidentId residentId() {
        return new ResidentId(id);
    }

    public boolean erased() {
        return erasedAt != null;
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /**
     * The same resident for staff who may not see who it is (viewers): a short neutral code
     * instead of the name, and no e-mail address, phone number or postal address.
     */
    public Resident withoutContactDetails() {
        return new Resident(id, collaborationId, null, null, null, null, contactBy, language, createdAt, erasedAt);
    }

    /** What staff call this resident on screen: the name, else the e-mail address, else a short neutral code. */
    public String displayName() {
        if (name != null) {
            return name;
        }
        if (email != null) {
            return email;
        }
        return "#" + id.toString().substring(0, 8);
    }
}
