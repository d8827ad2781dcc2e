package nl.samenspraak.pool.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.platform.Text;
import nl.samenspraak.pool.CommitmentId;
import nl.samenspraak.pool.internal.Vocabulary.Role;
import nl.samenspraak.resident.Residents;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff propose a commitment to an active member; the resident gets a link to read and answer it. */
@Service
class CommitmentProposals {

    private final Commitments commitments;
    private final PoolMembers members;
    private final Residents residents;
    private final CommitmentNotices notices;
    private final PoolTexts texts;
    private final AuditTrail audit;
    private final Clock clock;

    CommitmentProposals(Commitments commitments, PoolMembers members, Residents residents, CommitmentNotices notices,
                        PoolTexts texts, AuditTrail audit, Clock clock) {
        this.commitments = commitments;
        this.members = members;
        this.residents = residents;
        this.notices = notices;
        this.texts = texts;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    UUID propose(UUID collaborationId, CommitmentForm form, String actor) {
        Map<String, String> errors = form.check(LocalDate.now(clock));
        if (!errors.isEmpty()) {
            Map.Entry<String, String> first = errors.entrySet().iterator().next();
            throw new InvalidPoolInputException(first.getKey(), first.getValue());
        }
        Member member = members.find(collaborationId, form.memberId()).filter(Member::active)
                .orElseThrow(() -> new InvalidPoolInputException("member", "pool.error.member"));
        if (!notices.staffOf(collaborationId).containsKey(form.contactId())) {
            throw new InvalidPoolInputException("contact", "pool.error.contact");
        }
        Role role = form.roleValue();
        Commitment commitment = new Commitment(CommitmentId.of(UUID.randomUUID()), collaborationId, member.memberId(), role,
                role == Role.OTHER ? Text.cleanOrNull(form.roleOther()) : null, ActivityForm.dateOrNull(form.startsOn()),
                ActivityForm.dateOrNull(form.endsOn()), ProfileForm.number(form.hoursPerMonth()),
                Text.cleanOrNull(form.support()), Text.cleanOrNull(form.training()),
                Text.cleanOrNull(form.reimbursement()), form.contactId(), Text.clean(form.expected()),
                Commitment.Status.PROPOSED, actor, clock.instant(), null, null, null, null, null, 0);
        commitments.insert(commitment);
        UUID id = commitment.id().value();
        // The resident keeps the link for the whole period, to read the agreement and to end it.
        Duration valid = Duration.between(clock.instant(),
                commitment.endsOn().plusDays(31).atStartOfDay(clock.getZone()));
        String token = residents.issueLink(collaborationId, member.residentId(), PoolLinks.COMMITMENT, id, valid);
        notices.tellResident(commitments.find(collaborationId, commitment.id()).orElseThrow(), member, "commitment",
                texts.url("/afspraak/" + token));
        audit.record(collaborationId, actor, "pool.commitment.propose", "pool_commitment", id, role.name());
        return id;
    }
}
