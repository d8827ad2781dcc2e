package nl.samenspraak.pool.internal;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.account.StaffAccounts;
import nl.samenspraak.account.StaffAccounts.StaffMember;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.platform.Outbox;
import nl.samenspraak.pool.internal.Vocabulary.Role;
import nl.samenspraak.resident.Resident;
import nl.samenspraak.resident.ResidentMessages;
import nl.samenspraak.resident.Residents;
import org.springframework.stereotype.Component;

/**
 * Who hears of a commitment's steps: the resident of every step staff take, the contact person
 * of every step the resident takes; and the names both read (the role, the contact person).
 */
@Component
class CommitmentNotices {

    private final Residents residents;
    private final ResidentMessages residentMessages;
    private final StaffAccounts staff;
    private final Collaborations collaborations;
    private final Outbox outbox;
    private final PoolTexts texts;

    CommitmentNotices(Residents residents, ResidentMessages residentMessages, StaffAccounts staff,
                      Collaborations collaborations, Outbox outbox, PoolTexts texts) {
        this.residents = residents;
        this.residentMessages = residentMessages;
        this.staff = staff;
        this.collaborations = collaborations;
        this.outbox = outbox;
        this.texts = texts;
    }

    void tellResident(Commitment c, Member member, String kind, String extra) {
        Resident resident = residents.find(c.collaborationId(), member.residentId()).orElseThrow();
        Locale locale = resident.locale();
        String collaboration = collaborations.findById(c.collaborationId()).orElseThrow().name();
        DateTimeFormatter date = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        PoolTexts.Message m = texts.compose(kind, locale, collaboration, roleName(c, locale),
                c.startsOn().format(date), c.endsOn().format(date), extra);
        residentMessages.send(c.collaborationId(), resident.id(), m.subject(), m.body(), null);
    }

    void tellContact(Commitment c, String what) {
        String slug = collaborations.findById(c.collaborationId()).orElseThrow().slug();
        staff.staffOf(c.collaborationId()).stream().filter(s -> s.id().equals(c.contactStaffId())).findFirst()
                .ifPresent(contact -> {
                    PoolTexts.Message m = texts.compose("contact." + what, PoolTexts.STAFF,
                            roleName(c, PoolTexts.STAFF),
                            texts.url("/beheer/" + slug + "/afspraken/" + c.id()));
                    outbox.enqueue(c.collaborationId(), contact.email(), m.subject(), m.body(), null);
                });
    }

    String roleName(Commitment c, Locale locale) {
        return c.role() == Role.OTHER && c.roleOther() != null ? c.roleOther() : texts.text("pool.role." + c.role(), locale);
    }

    /** The staff a commitment may name as fixed contact person, by id. */
    Map<UUID, StaffMember> staffOf(UUID collaborationId) {
        Map<UUID, StaffMember> byId = new LinkedHashMap<>();
        staff.staffOf(collaborationId).forEach(s -> byId.put(s.id(), s));
        return byId;
    }
}
