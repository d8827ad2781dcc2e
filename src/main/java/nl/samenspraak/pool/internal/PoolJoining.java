package nl.samenspraak.pool.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.pool.MemberId;
import nl.samenspraak.pool.internal.Vocabulary.ConsentHow;
import nl.samenspraak.pool.internal.Vocabulary.Purpose;
import nl.samenspraak.resident.Participations;
import nl.samenspraak.resident.Resident;
import nl.samenspraak.resident.ResidentDetails;
import nl.samenspraak.resident.ResidentMessages;
import nl.samenspraak.resident.Residents;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Joining the pool: online by the resident, or added by staff after a conversation; both get a welcome. */
@Service
class PoolJoining {

    /** What a join gives back: the member and the personal link token (shown once). */
    record Joined(UUID memberId, UUID residentId, String token) {}

    private final PoolMembers members;
    private final Consents consents;
    private final Residents residents;
    private final ResidentMessages residentMessages;
    private final Participations participations;
    private final Collaborations collaborations;
    private final AuditTrail audit;
    private final PoolTexts texts;
    private final Clock clock;

    PoolJoining(PoolMembers members, Consents consents, Residents residents, ResidentMessages residentMessages,
                Participations participations, Collaborations collaborations, AuditTrail audit, PoolTexts texts,
                Clock clock) {
        this.members = members;
        this.consents = consents;
        this.residents = residents;
        this.residentMessages = residentMessages;
        this.participations = participations;
        this.collaborations = collaborations;
        this.audit = audit;
        this.texts = texts;
        this.clock = clock;
    }

    /**
     * A resident joins online: their details, their profile and consent as they gave it.
     *
     * @throws nl.samenspraak.resident.InvalidResidentException when a contact detail is wrong (nothing stored)
     */
    @Transactional
    Joined join(UUID collaborationId, ResidentDetails details, Profile profile, boolean results) {
        UUID residentId = residents.register(collaborationId, details);
        MemberId memberId = MemberId.of(members.insert(collaborationId, residentId, profile, "ONLINE"));
        LocalDate today = LocalDate.now(clock);
        consents.record(collaborationId, memberId, Purpose.INVITATIONS, true, ConsentHow.ONLINE, today, null);
        consents.record(collaborationId, memberId, Purpose.RESULTS, results, ConsentHow.ONLINE, today, null);
        participations.record(collaborationId, residentId,
                new Participations.Participation(Participations.Kind.POOL, null, null, null, "ONLINE", null));
        return new Joined(memberId.value(), residentId, welcome(collaborationId, residentId, memberId));
    }

    /**
     * Staff add a resident after a conversation, writing down how and when consent was given;
     * the logged-in staff member is recorded as the one who wrote it down.
     *
     * @param existingResident a resident of this collaboration staff picked, or null to register {@code details}
     */
    @Transactional
    Joined addByStaff(UUID collaborationId, UUID existingResident, ResidentDetails details, Profile profile,
                      boolean results, ConsentHow how, LocalDate givenOn, UUID organisationId, String actor) {
        if (how == ConsentHow.ONLINE) {
            throw new InvalidPoolInputException("consentHow", "pool.error.consentHow");
        }
        if (givenOn == null || givenOn.isAfter(LocalDate.now(clock)) || givenOn.isBefore(LocalDate.now(clock).minusYears(1))) {
            throw new InvalidPoolInputException("consentOn", "pool.error.consentOn");
        }
        if (organisationId != null && collaborations.registeredOrganisations(collaborationId).stream()
                .noneMatch(o -> o.id().equals(organisationId))) {
            throw new InvalidPoolInputException("organisation", "pool.error.choice");
        }
        UUID residentId;
        if (existingResident != null) {
            Resident resident = residents.find(collaborationId, existingResident).filter(r -> !r.erased())
                    .orElseThrow(() -> new InvalidPoolInputException("resident", "pool.error.resident"));
            residentId = resident.id();
        } else {
            residentId = residents.register(collaborationId, details);
        }
        MemberId memberId;
        try {
            memberId = MemberId.of(members.insert(collaborationId, residentId, profile, "STAFF"));
        } catch (DuplicateKeyException e) {
            throw new InvalidPoolInputException("resident", "pool.error.alreadyMember");
        }
        consents.record(collaborationId, memberId, Purpose.INVITATIONS, true, how, givenOn, actor);
        consents.record(collaborationId, memberId, Purpose.RESULTS, results, how, givenOn, actor);
        String channel = switch (how) {
            case PHONE -> "PHONE";
            case PAPER_FORM -> "PAPER";
            default -> "STAFF";
        };
        participations.record(collaborationId, residentId,
                new Participations.Participation(Participations.Kind.POOL, null, null, null, channel, organisationId));
        audit.record(collaborationId, actor, "pool.member.add", "pool_member", memberId.value(), how.name());
        return new Joined(memberId.value(), residentId, welcome(collaborationId, residentId, memberId));
    }

    private String welcome(UUID collaborationId, UUID residentId, MemberId memberId) {
        String token = residents.issueLink(collaborationId, residentId, PoolLinks.POOL, memberId.value(), PoolLinks.MEMBER_PAGE);
        Resident resident = residents.find(collaborationId, residentId).orElseThrow();
        Collaboration collaboration = collaborations.findById(collaborationId).orElseThrow();
        PoolTexts.Message m = texts.compose("welcome", resident.locale(), collaboration.name(),
                texts.url("/inwonerpool/mijn/" + token));
        residentMessages.send(collaborationId, residentId, m.subject(), m.body(), null);
        return token;
    }
}
