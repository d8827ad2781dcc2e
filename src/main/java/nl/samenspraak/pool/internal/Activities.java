package nl.samenspraak.pool.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.platform.Text;
import nl.samenspraak.pool.InvitationId;
import nl.samenspraak.pool.MemberId;
import nl.samenspraak.pool.internal.Vocabulary.Energy;
import nl.samenspraak.pool.internal.Vocabulary.Interest;
import nl.samenspraak.pool.internal.Vocabulary.Way;
import nl.samenspraak.resident.ContactChannel;
import nl.samenspraak.resident.Resident;
import nl.samenspraak.resident.ResidentMessages;
import nl.samenspraak.resident.Residents;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Activities staff look for members for, and the invitations to them. An invitation that
 * would go beyond what a member agreed to is never sent: the check runs again, under a lock
 * on the member, at the moment of sending.
 */
@Service
class Activities {

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

    private final Consents consents;
    private final JdbcClient jdbc;
    private final PoolMembers members;
    private final Residents residents;
    private final ResidentMessages residentMessages;
    private final Collaborations collaborations;
    private final PoolTexts texts;
    private final AuditTrail audit;
    private final Clock clock;

    Activities(Consents consents, JdbcClient jdbc, PoolMembers members, Residents residents, ResidentMessages residentMessages,
               Collaborations collaborations, PoolTexts texts, AuditTrail audit, Clock clock) {
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

    ZoneId zone() {
        return clock.getZone();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional
    UUID create(UUID collaborationId, ActivityForm form, String actor) {
        Map<String, String> errors = form.check(today());
        if (!errors.isEmpty()) {
            Map.Entry<String, String> first = errors.entrySet().iterator().next();
            throw new InvalidPoolInputException(first.getKey(), first.getValue());
        }
        UUID id = UUID.randomUUID();
        Instant startsAt = form.dateValue().atTime(form.timeValue()).atZone(zone()).toInstant();
        jdbc.sql("""
                INSERT INTO pool_activity (id, collaboration_id, title, description, starts_at, hours, way, interest, energy,
                    created_by, created_at)
                VALUES (:id, :c, :title, :description, :starts, :hours, :way, :interest, :energy, :by, :now)
                """)
                .param("id", id).param("c", collaborationId).param("title", Text.clean(form.title()))
                .param("description", Text.clean(form.description())).param("starts", Timestamp.from(startsAt))
                .param("hours", form.hoursValue()).param("way", form.wayValue().name())
                .param("interest", form.interestValue() == null ? null : form.interestValue().name())
                .param("energy", form.energyValue() == null ? null : form.energyValue().name())
                .param("by", actor).param("now", Timestamp.from(clock.instant()))
                .update();
        audit.record(collaborationId, actor, "pool.activity.create", "pool_activity", id, "created");
        return id;
    }

    Optional<Activity> find(UUID collaborationId, UUID activityId) {
        return jdbc.sql("SELECT * FROM pool_activity WHERE id = :id AND collaboration_id = :c")
                .param("id", activityId).param("c", collaborationId).query(ROW).optional();
    }

    List<Activity> latest(UUID collaborationId, int limit) {
        return jdbc.sql("SELECT * FROM pool_activity WHERE collaboration_id = :c ORDER BY seq DESC LIMIT :limit")
                .param("c", collaborationId).param("limit", limit).query(ROW).list();
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
        Set<UUID> invited = invited(activity.id(), ids);
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
        Activity activity = find(collaborationId, activityId).orElseThrow(NotFoundException::new);
        if (chosen.isEmpty()) {
            throw new InvalidPoolInputException("members", "pool.error.noMembersChosen");
        }
        if (!activity.startsAt().isAfter(clock.instant())) {
            throw new InvalidPoolInputException("members", "pool.error.activityPast");
        }
        // Two staff members inviting the same person at once must not together go past their limits.
        List<Member> pool = jdbc.sql("SELECT " + PoolMembers.COLUMNS + " FROM pool_member"
                        + " WHERE collaboration_id = :c AND id IN (:ids) ORDER BY id FOR UPDATE")
                .param("c", collaborationId).param("ids", chosen).query(PoolMembers.ROW).list();
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
        UUID id = UUID.randomUUID();
        Duration valid = Duration.between(clock.instant(), activity.startsAt()).plusDays(1);
        String token = residents.issueLink(collaborationId, c.resident().id(), PoolLinks.INVITATION, id, valid);
        var locale = c.resident().locale();
        ZonedDateTime start = activity.startsAt().atZone(zone());
        PoolTexts.Message m = texts.compose("invitation", locale, collaborationName, activity.title(),
                start.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale)),
                start.format(DateTimeFormatter.ofPattern("HH:mm")), activity.hours().stripTrailingZeros().toPlainString(),
                texts.text("pool.way." + activity.way(), locale), texts.url("/uitnodiging/" + token));
        ResidentMessages.Delivery delivery = residentMessages.send(collaborationId, c.resident().id(), m.subject(),
                m.body(), null);
        jdbc.sql("""
                INSERT INTO pool_invitation (id, collaboration_id, activity_id, member_id, status, delivery, sent_at)
                VALUES (:id, :c, :a, :m, 'SENT', :delivery, :now)
                """)
                .param("id", id).param("c", collaborationId).param("a", activity.id()).param("m", c.member().id())
                .param("delivery", delivery.name()).param("now", Timestamp.from(clock.instant()))
                .update();
        audit.record(collaborationId, actor, "pool.invitation.send", "pool_invitation", id, delivery.name());
        return delivery;
    }

    /** The member's answer through their link: yes or no, with an optional note; may change until the start. */
    @Transactional
    void reply(UUID collaborationId, InvitationId invitationId, MemberId memberId, boolean accept, String note) {
        Invitation invitation = invitation(collaborationId, invitationId)
                .filter(i -> i.memberId().equals(memberId.value()))
                .orElseThrow(NotFoundException::new);
        Activity activity = find(collaborationId, invitation.activityId()).orElseThrow(NotFoundException::new);
        save(invitation.reply(accept, note, activity, clock.instant()));
    }

    /** The member left: invitations they have not answered are called off. */
    void cancelOpenInvitationsOf(MemberId memberId) {
        jdbc.sql("SELECT * FROM pool_invitation WHERE member_id = :m ORDER BY sent_at FOR UPDATE")
                .param("m", memberId.value()).query(INVITATION).list().stream()
                .filter(Invitation::unanswered).map(Invitation::memberLeft).forEach(this::save);
    }

    /** A member may answer (or change their answer) until the activity starts, unless they left. */
    boolean answerable(Invitation invitation, Activity activity) {
        return invitation.answerable(activity, clock.instant());
    }

    private void save(Invitation i) {
        jdbc.sql("""
                UPDATE pool_invitation SET status = :s, note = :note, answered_at = :answered
                WHERE id = :id AND collaboration_id = :c
                """)
                .param("s", i.status().name()).param("note", i.note())
                .param("answered", i.answeredAt() == null ? null : Timestamp.from(i.answeredAt()))
                .param("id", i.id().value()).param("c", i.collaborationId())
                .update();
    }

    Optional<Invitation> invitation(UUID collaborationId, InvitationId invitationId) {
        return jdbc.sql("SELECT * FROM pool_invitation WHERE id = :id AND collaboration_id = :c")
                .param("id", invitationId.value()).param("c", collaborationId).query(INVITATION).optional();
    }

    List<Invitation> invitationsTo(UUID collaborationId, UUID activityId) {
        return jdbc.sql("SELECT * FROM pool_invitation WHERE activity_id = :a AND collaboration_id = :c ORDER BY sent_at")
                .param("a", activityId).param("c", collaborationId).query(INVITATION).list();
    }

    List<Invitation> invitationsOf(UUID collaborationId, UUID memberId) {
        return jdbc.sql("SELECT * FROM pool_invitation WHERE member_id = :m AND collaboration_id = :c ORDER BY sent_at DESC")
                .param("m", memberId).param("c", collaborationId).query(INVITATION).list();
    }

    /** The activities behind a list of invitations, in one query. */
    Map<UUID, Activity> activities(UUID collaborationId, List<Invitation> invitations) {
        List<UUID> ids = invitations.stream().map(Invitation::activityId).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT * FROM pool_activity WHERE id IN (:ids) AND collaboration_id = :c")
                .param("ids", ids).param("c", collaborationId).query(ROW).list().stream()
                .collect(Collectors.toMap(Activity::id, Function.identity()));
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
        LocalDate thisMonth = today().withDayOfMonth(1);
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

    private Set<UUID> invited(UUID activityId, List<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT member_id FROM pool_invitation WHERE activity_id = :a AND member_id IN (:ids)")
                .param("a", activityId).param("ids", ids).query(UUID.class).list());
    }

    private Timestamp start(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(zone()).toInstant());
    }

    static final RowMapper<Activity> ROW = (rs, n) -> new Activity(rs.getObject("id", UUID.class),
            rs.getObject("collaboration_id", UUID.class), rs.getString("title"), rs.getString("description"),
            rs.getTimestamp("starts_at").toInstant(), rs.getBigDecimal("hours"), Way.valueOf(rs.getString("way")),
            rs.getString("interest") == null ? null : Interest.valueOf(rs.getString("interest")),
            rs.getString("energy") == null ? null : Energy.valueOf(rs.getString("energy")),
            rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getLong("seq"));

    static final RowMapper<Invitation> INVITATION = (rs, n) -> new Invitation(
            InvitationId.of(rs.getObject("id", UUID.class)), rs.getObject("collaboration_id", UUID.class),
            rs.getObject("activity_id", UUID.class), rs.getObject("member_id", UUID.class),
            Invitation.Status.valueOf(rs.getString("status")),
            rs.getString("note"), rs.getTimestamp("sent_at").toInstant(),
            rs.getTimestamp("answered_at") == null ? null : rs.getTimestamp("answered_at").toInstant(),
            rs.getString("delivery"));
}
