package nl.samenspraak.pool.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.platform.Text;
import nl.samenspraak.pool.CommitmentId;
import nl.samenspraak.pool.MemberId;
import nl.samenspraak.resident.Residents;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps after a proposal: the resident agrees, declines or ends it through their link,
 * staff end it. Each loads the commitment, lets {@link Commitment} check the step, saves it
 * and tells the other side.
 */
@Service
class CommitmentSteps {

    private final Commitments commitments;
    private final PoolMembers members;
    private final Residents residents;
    private final CommitmentNotices notices;
    private final AuditTrail audit;
    private final Clock clock;

    CommitmentSteps(Commitments commitments, PoolMembers members, Residents residents, CommitmentNotices notices,
                    AuditTrail audit, Clock clock) {
        this.commitments = commitments;
        this.members = members;
        this.residents = residents;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The resident agrees to a proposed commitment. */
    @Transactional
    void agree(UUID collaborationId, CommitmentId commitmentId, MemberId memberId) {
        Commitment c = ofMember(collaborationId, commitmentId, memberId).agree(clock.instant());
        commitments.save(c);
        notices.tellContact(c, "agreed");
        audit.record(collaborationId, Commitment.RESIDENT, "pool.commitment.agree", "pool_commitment", c.id().value(),
                "ACTIVE");
    }

    /** The resident declines a proposal, optionally saying why. */
    @Transactional
    void decline(UUID collaborationId, CommitmentId commitmentId, MemberId memberId, String reason) {
        Commitment c = ofMember(collaborationId, commitmentId, memberId).decline(reason, clock.instant());
        saveClosed(c);
        notices.tellContact(c, "declined");
    }

    /** The resident ends a commitment early, optionally saying why. */
    @Transactional
    void endByResident(UUID collaborationId, CommitmentId commitmentId, MemberId memberId, String reason) {
        Commitment c = ofMember(collaborationId, commitmentId, memberId).endByResident(reason, today(), clock.instant());
        saveClosed(c);
        notices.tellContact(c, "ended");
    }

    /** Staff end a commitment (or take back a proposal); the resident is told. */
    @Transactional
    void endByStaff(UUID collaborationId, CommitmentId commitmentId, String reason, String actor) {
        Commitment c = commitments.find(collaborationId, commitmentId).orElseThrow(NotFoundException::new)
                .endByStaff(actor, reason, today(), clock.instant());
        saveClosed(c);
        Member member = members.find(collaborationId, c.memberId()).orElseThrow();
        residents.revokeLinks(member.residentId(), PoolLinks.COMMITMENT, c.id().value());
        notices.tellResident(c, member, "commitmentEnded", Text.cleanOrNull(reason) == null ? "-" : Text.clean(reason));
    }

    private void saveClosed(Commitment c) {
        commitments.save(c);
        audit.record(c.collaborationId(), c.endedBy(), "pool.commitment." + c.status().name().toLowerCase(Locale.ROOT),
                "pool_commitment", c.id().value(), c.status().name());
    }

    private Commitment ofMember(UUID collaborationId, CommitmentId commitmentId, MemberId memberId) {
        return commitments.find(collaborationId, commitmentId).filter(c -> c.memberId().equals(memberId))
                .orElseThrow(NotFoundException::new);
    }
}
