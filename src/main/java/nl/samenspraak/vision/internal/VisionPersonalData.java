package nl.samenspraak.vision.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.samenspraak.resident.PersonalDataHolder;
import nl.samenspraak.resident.PersonalDataSection;
import nl.samenspraak.resident.PersonalDataSection.Field;
import nl.samenspraak.resident.PersonalDataSection.PersonalDataRecord;
import nl.samenspraak.resident.ResidentIdentity;
import org.springframework.stereotype.Component;

/**
 * What this module keeps about a resident: the comments and proposals they sent through their link (with the
 * name they chose), and the invitations they received.
 *
 * <p>Erasure keeps each comment as a contribution by "een inwoner" without its text, passage or name: a
 * published version says how many residents helped to write it, and that public record should stay true,
 * while nothing left points to the person or says what they wrote. Invitations go entirely.
 */
@Component
class VisionPersonalData implements PersonalDataHolder {

    private final VisionComments comments;
    private final VisionInvitations invitations;
    private final Clock clock;

    VisionPersonalData(VisionComments comments, VisionInvitations invitations, Clock clock) {
        this.comments = comments;
        this.invitations = invitations;
        this.clock = clock;
    }

    @Override
    public List<PersonalDataSection> export(ResidentIdentity who) {
        if (who.residentId() == null) {
            return List.of();
        }
        List<PersonalDataRecord> written = comments.ofResident(who.collaborationId(), who.residentId()).stream()
                .filter(c -> !c.erased())
                .map(c -> new PersonalDataRecord(List.of(
                        Field.at("vision.privacy.when", c.createdAt()),
                        Field.coded("vision.privacy.kind", "vision.kind." + c.kind()),
                        new Field("vision.privacy.passage", c.passage()),
                        new Field("vision.privacy.text", c.text()),
                        c.shownName() == null ? Field.coded("vision.privacy.name", "vision.resident.anonymous")
                                : new Field("vision.privacy.name", c.shownName()),
                        Field.coded("vision.privacy.status", "vision.status." + c.status()))))
                .toList();
        List<PersonalDataRecord> invited = invitations.ofResident(who.residentId()).stream()
                .map(i -> new PersonalDataRecord(List.of(
                        Field.at("vision.privacy.invitedAt", i.invitedAt()),
                        Field.coded("vision.privacy.delivery", "vision.delivery." + i.delivery()))))
                .toList();
        List<PersonalDataSection> sections = new ArrayList<>();
        if (!written.isEmpty()) {
            sections.add(new PersonalDataSection("vision.privacy.comments", written));
        }
        if (!invited.isEmpty()) {
            sections.add(new PersonalDataSection("vision.privacy.invitations", invited));
        }
        return sections;
    }

    @Override
    public void erase(ResidentIdentity who) {
        if (who.residentId() == null) {
            return;
        }
        comments.erase(who.residentId(), clock.instant());
        invitations.erase(who.residentId());
    }
}
