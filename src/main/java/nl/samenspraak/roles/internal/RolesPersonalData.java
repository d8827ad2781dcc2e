package nl.samenspraak.roles.internal;

import java.util.List;
import nl.samenspraak.resident.PersonalDataHolder;
import nl.samenspraak.resident.PersonalDataSection;
import nl.samenspraak.resident.PersonalDataSection.Field;
import nl.samenspraak.resident.PersonalDataSection.PersonalDataRecord;
import nl.samenspraak.resident.ResidentIdentity;
import org.springframework.stereotype.Component;

/** The roles a resident held: shown in their export; on erasure the periods stay as counts without the person. */
@Component
class RolesPersonalData implements PersonalDataHolder {

    private final RoleCatalogue catalogue;

    RolesPersonalData(RoleCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public List<PersonalDataSection> export(ResidentIdentity who) {
        if (who.residentId() == null) {
            return List.of();
        }
        List<HoldingRow> holdings = catalogue.holdingsOfResident(who.collaborationId(), who.residentId());
        if (holdings.isEmpty()) {
            return List.of();
        }
        List<RoleRow> roles = catalogue.roles(who.collaborationId(), true);
        List<PersonalDataRecord> records = holdings.stream().map(h -> {
            RoleRow role = roles.stream().filter(r -> r.id().equals(h.roleId())).findFirst().orElseThrow();
            Field name = role.name() != null ? new Field("roles.privacy.role", role.name())
                    : Field.coded("roles.privacy.role", "roles.standard." + role.kind().name() + ".name");
            return new PersonalDataRecord(List.of(name, Field.on("roles.privacy.from", h.from()),
                    Field.on("roles.privacy.until", h.until()),
                    Field.yesNo("roles.privacy.fromCommitment", h.commitmentId() != null)));
        }).toList();
        return List.of(new PersonalDataSection("roles.privacy.title", records));
    }

    @Override
    public void erase(ResidentIdentity who) {
        if (who.residentId() != null) {
            catalogue.forgetResident(who.collaborationId(), who.residentId());
        }
    }
}
