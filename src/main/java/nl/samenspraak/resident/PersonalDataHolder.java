package nl.samenspraak.resident;

import java.util.List;

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
}
