package nl.samenspraak.pool.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.pool.InvitationId;
import nl.samenspraak.resident.ContactChannel;
import nl.samenspraak.resident.Resident;
import nl.samenspraak.resident.ResidentMessages;
import nl.samenspraak.resident.Residents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff look for members for an activity and invite the ones they choose. Every member is
 * weighed against what they agreed to; an invitation that would go beyond it is never sent:
 * the check runs again, under a lock on the member, at the moment of sending.
 */
@Service
class InvitationRound {

    /** How many members the search weighs; a pool of a small municipality fits easily. */
    static final int SEARCH_LIMIT = 500;

    /** A member weighed for an activity, with every reason why not (empty: fits). */
    record Candidate(Member member, Resident resident, List<Misfit> reasons) {
        public boolean fits() {
            return reasons.isEmpty();
        }
    }

    record Sent(String name, ResidentMessages.Delivery delivery) implements java.io.Serializable {}

    record Refused(String name, List<Misfit> reasons) implements java.io.Serializable {}

    record Outcome(List<Sent> sent, List<Refused> refused) {}

    private final Activities activities;
    private final Invitations invitations;
    private final Consents consents;
    private final JdbcClient jdbc;
    private final PoolMembers members;
    private final Residents residents;
    private final ResidentMessages residentMessages;
    private final Collaborations collaborations;
    private final PoolTexts texts;
    private final AuditTrail audit;
    private final Clock clock;

    InvitationRound(Activities activities, Invitations invitations, Consents consents, JdbcClient jdbc,
                    PoolMembers members, Residents residents, ResidentMessages residentMessages,
                    Collaborations collaborations, PoolTexts texts, AuditTrail audit, Clock clock) {
        this.activities = activities;
        this.invitations = invitations;
        this.consents = consents;
        this.jdbc = jdbc;
        this.members = members;
        this.residents = residents;
        this.residentMessages = residentMessages;
        this.collaborations = collaborations;
        this.texts = texts;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every member weighed for the activity, those who fit first. */
    List<Candidate> candidates(UUID collaborationId, Activity activity) {
        return weigh(collaborationId, activity, members.forActivity(collaborationId, SEARCH_LIMIT));
    }

    private List<Candidate> weigh(UUID collaborationId, Activity activity, List<Member> pool) {
        List<UUID> ids = pool.stream().map(Member::id).toList();
        Map<UUID, Resident> people = residents.find(collaborationId, pool.stream().map(Member::residentId).toList())
                .stream().collect(Collectors.toMap(Resident::id, Function.identity()));
        Map<UUID, Boolean> consent = consents.invitationConsents(collaborationId, ids);
        Map<UUID, FitCheck.Usage> usage = usage(collaborationId, ids, activity);
        Set<UUID> invited = invitations.invited(activity.id(), ids);
        List<Candidate> candidates = new ArrayList<>();
        for (Member m : pool) {
            Resident r = people.get(m.residentId());
            boolean reachable = r != null && !r.erased() && r.contactBy() != ContactChannel.NONE;
            candidates.add(new Candidate(m, r, FitCheck.reasons(m, consent.getOrDefault(m.id(), false), reachable,
                    invited.contains(m.id()), usage.getOrDefault(m.id(), FitCheck.Usage.NONE), activity, zone())));
        }
        candidates.sort((a, b) -> Boolean.compare(b.fits(), a.fits()));
        return candidates;
    }

    /**
     * Sends invitations to the chosen members, each checked again under a lock; those who
     * do not fit (any more) get nothing and come back with the reasons.
     */
    @Transactional
    Outcome invite(UUID collaborationId, UUID activityId, List<UUID> chosen, String actor) {
        Activity activity = activities.find(collaborationId, activityId).orElseThrow(NotFoundException::new);
        if (chosen.isEmpty()) {
            throw new InvalidPoolInputException("members", "pool.error.noMembersChosen");
        }
        if (!activity.startsAt().isAfter(clock.instant())) {
            throw new InvalidPoolInputException("members", "pool.error.activityPast");
        }
        // Two staff members inviting the same person at once must not together go past their limits.
        List<Member> pool = members.lockForUpdate(collaborationId, chosen);
        String collaborationName = collaborations.findById(collaborationId).orElseThrow().name();
        List<Sent> sent = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        for (Candidate c : weigh(collaborationId, activity, pool)) {
            String name = c.resident() == null ? "?" : c.resident().displayName();
            if (!c.fits()) {
                refused.add(new Refused(name, c.reasons()));
                audit.record(collaborationId, actor, "pool.invitation.refused", "pool_member", c.member().id(),
                        c.reasons().stream().map(Enum::name).collect(Collectors.joining(",")));
                continue;
            }
            sent.add(new Sent(name, send(collaborationId, activity, c, collaborationName, actor)));
        }
        return new Outcome(sent, refused);
    }

    private ResidentMessages.Delivery send(UUID collaborationId, Activity activity, Candidate c, String collaborationName,
                                           String actor) {
        InvitationId id = InvitationId.of(UUID.randomUUID());
        Duration valid = Duration.between(clock.instant(), activity.startsAt()).plusDays(1);
        String token = residents.issueLink(collaborationId, c.resident().id(), PoolLinks.INVITATION, id.value(), valid);
        var locale = c.resident().locale();
        ZonedDateTime start = activity.startsAt().atZone(zone());
        PoolTexts.Message m = texts.compose("invitation", locale, collaborationName, activity.title(),
                start.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale)),
                start.format(DateTimeFormatter.ofPattern("HH:mm")), activity.hours().stripTrailingZeros().toPlainString(),
                texts.text("pool.way." + activity.way(), locale), texts.url("/uitnodiging/" + token));
        ResidentMessages.Delivery delivery = residentMessages.send(collaborationId, c.resident().id(), m.subject(),
                m.body(), null);
        invitations.insert(Invitation.sent(id, collaborationId, activity.id(), c.member().id(), delivery.name(),
                clock.instant()));
        audit.record(collaborationId, actor, "pool.invitation.send", "pool_invitation", id.value(), delivery.name());
        return delivery;
    }

    /** Hours given in the activity's month and invitations received this month, per member, in three queries. */
    private Map<UUID, FitCheck.Usage> usage(UUID collaborationId, List<UUID> ids, Activity activity) {
        Map<UUID, FitCheck.Usage> usage = new HashMap<>();
        if (ids.isEmpty()) {
            return usage;
        }
        LocalDate month = activity.startsAt().atZone(zone()).toLocalDate().withDayOfMonth(1);
        Map<UUID, BigDecimal> hours = new HashMap<>();
        jdbc.sql("""
                SELECT i.member_id, sum(a.hours) FROM pool_invitation i JOIN pool_activity a ON a.id = i.activity_id
                WHERE i.collaboration_id = :c AND i.member_id IN (:ids) AND i.status = 'ACCEPTED'
                  AND a.starts_at >= :from AND a.starts_at < :to
                GROUP BY i.member_id
                """)
                .param("c", collaborationId).param("ids", ids).param("from", start(month))
                .param("to", start(month.plusMonths(1)))
                .query((rs, n) -> hours.merge(rs.getObject(1, UUID.class), rs.getBigDecimal(2), BigDecimal::add)).list();
        jdbc.sql("""
                SELECT member_id, sum(hours_per_month) FROM pool_commitment
                WHERE collaboration_id = :c AND member_id IN (:ids) AND status = 'ACTIVE'
                  AND starts_on < :to AND ends_on >= :from
                GROUP BY member_id
                """)
                .param("c", collaborationId).param("ids", ids).param("from", month).param("to", month.plusMonths(1))
                .query((rs, n) -> hours.merge(rs.getObject(1, UUID.class), rs.getBigDecimal(2), BigDecimal::add)).list();
        Map<UUID, Integer> asks = new HashMap<>();
        LocalDate thisMonth = LocalDate.now(clock).withDayOfMonth(1);
        jdbc.sql("""
                SELECT member_id, count(*) FROM pool_invitation
                WHERE collaboration_id = :c AND member_id IN (:ids) AND sent_at >= :from AND sent_at < :to
                GROUP BY member_id
                """)
                .param("c", collaborationId).param("ids", ids).param("from", start(thisMonth))
                .param("to", start(thisMonth.plusMonths(1)))
                .query((rs, n) -> asks.put(rs.getObject(1, UUID.class), rs.getInt(2))).list();
        for (UUID id : ids) {
            usage.put(id, new FitCheck.Usage(hours.getOrDefault(id, BigDecimal.ZERO), asks.getOrDefault(id, 0)));
        }
        return usage;
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private Timestamp start(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(zone()).toInstant());
    }
}
