package nl.samenspraak.resident;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Implemented by every module that stores personal data about residents, so that a resident
 * can see and download all of it and have it erased in one step. The resident module finds
 * every implementation; a module that forgets to implement it fails the privacy test.
 */
public interface PersonalDataHolder {

    /** Everything this module stores about the resident, as readable sections; empty when nothing. */
    List<PersonalDataSection> export(ResidentIdentity who);

    /**
     * Removes what identifies the resident; contributions (input texts, attendance counts, paid
     * amounts) may stay when nothing in them points to the person any more. Runs inside the
     * erasure transaction: throw to stop the whole erasure.
     */
    void erase(ResidentIdentity who);

    /**
     * The collaborations in which this module keeps contact details with this e-mail address
     * outside a resident record (an input's contact details), so that someone who only gave an
     * e-mail address with an input can ask for their data too. Most modules keep contact details
     * only in the resident record and need not override this.
     */
    default Set<UUID> collaborationsKnowing(String email) {
        return Set.of();
    }
}
