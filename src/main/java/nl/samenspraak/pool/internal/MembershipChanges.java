package nl.samenspraak.pool.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.pool.MemberId;
import nl.samenspraak.pool.internal.Vocabulary.ConsentHow;
import nl.samenspraak.pool.internal.Vocabulary.Purpose;
import nl.samenspraak.resident.Residents;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A member changes their interests, limits and consents, or leaves the pool. */
@Service
class MembershipChanges {

    private final PoolMembers members;
    private final Consents consents;
    private final Invitations invitations;
    private final Commitments commitments;
    private final Residents residents;
    private final AuditTrail audit;
    private final Clock clock;

    MembershipChanges(PoolMembers members, Consents consents, Invitations invitations, Commitments commitments,
                      Residents residents, AuditTrail audit, Clock clock) {
        this.members = members;
        this.consents = consents;
        this.invitations = invitations;
        this.commitments = commitments;
        this.residents = residents;
        this.audit = audit;
        this.clock = clock;
    }

    /** The member changes their own profile and consents through their personal link. */
    @Transactional
    void update(UUID collaborationId, UUID memberId, Profile p, boolean invitations, boolean results, String actor) {
        Member member = members.find(collaborationId, memberId).filter(Member::active)
                .orElseThrow(NotFoundException::new);
        members.updateProfile(collaborationId, member.memberId(), p);
        Map<Purpose, Boolean> now = consents.current(member.memberId());
        LocalDate today = LocalDate.now(clock);
        if (now.get(Purpose.INVITATIONS) != invitations) {
            consents.record(collaborationId, member.memberId(), Purpose.INVITATIONS, invitations, ConsentHow.ONLINE, today, actor);
        }
        if (now.get(Purpose.RESULTS) != results) {
            consents.record(collaborationId, member.memberId(), Purpose.RESULTS, results, ConsentHow.ONLINE, today, actor);
        }
    }

    /**
     * The member leaves: no more invitations, open invitations and commitments end, every link
     * of theirs stops working. Erasing their data is a separate step on the privacy page.
     */
    @Transactional
    void withdraw(UUID collaborationId, UUID memberId, String actor) {
        Member member = members.find(collaborationId, memberId).filter(Member::active)
                .orElseThrow(NotFoundException::new);
        Instant now = clock.instant();
        String by = actor == null ? Commitment.RESIDENT : actor;
        members.save(member.withdraw(now));
        LocalDate today = LocalDate.now(clock);
        ConsentHow how = actor == null ? ConsentHow.ONLINE : ConsentHow.IN_PERSON;
        for (Map.Entry<Purpose, Boolean> c : consents.current(member.memberId()).entrySet()) {
            if (c.getValue()) {
                consents.record(collaborationId, member.memberId(), c.getKey(), false, how, today, actor);
            }
        }
        invitations.cancelOpenInvitationsOf(member.memberId());
        commitments.ofMember(collaborationId, member.memberId()).stream().filter(Commitment::standing)
                .map(c -> c.memberLeft(by, now)).forEach(commitments::save);
        for (String purpose : List.of(PoolLinks.POOL, PoolLinks.INVITATION, PoolLinks.COMMITMENT, PoolLinks.RESULT_NEWS)) {
            residents.revokeLinks(member.residentId(), purpose, null);
        }
        audit.record(collaborationId, by, "pool.member.withdraw", "pool_member", memberId, "withdrawn");
    }
}
