package nl.samenspraak.pool.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.pool.internal.Vocabulary.ConsentHow;
import nl.samenspraak.pool.internal.Vocabulary.DayPart;
import nl.samenspraak.pool.internal.Vocabulary.Energy;
import nl.samenspraak.pool.internal.Vocabulary.Interest;
import nl.samenspraak.pool.internal.Vocabulary.Purpose;
import nl.samenspraak.pool.internal.Vocabulary.Way;
import nl.samenspraak.resident.Participations;
import nl.samenspraak.resident.Resident;
import nl.samenspraak.resident.ResidentDetails;
import nl.samenspraak.resident.ResidentMessages;
import nl.samenspraak.resident.Residents;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Joining the pool, changing one's interests and limits, consent records, and leaving. */
@Service
class PoolMembers {

    /** What a join gives back: the member and the personal link token (shown once). */
    record Joined(UUID memberId, UUID residentId, String token) {}

    /** A page of a staff list, keyset-paged on {@code seq}. */
    record Page<T>(List<T> items, Long nextBefore) {}

    static final String COLUMNS = "id, collaboration_id, resident_id, status, interests, interests_other, energy, "
            + "hours_per_month, days, day_parts, max_asks_per_month, ways, joined_via, joined_at, withdrawn_at, seq";

    private final JdbcClient jdbc;
    private final Residents residents;
    private final ResidentMessages residentMessages;
    private final Participations participations;
    private final Collaborations collaborations;
    private final AuditTrail audit;
    private final PoolTexts texts;
    private final Clock clock;

    PoolMembers(JdbcClient jdbc, Residents residents, ResidentMessages residentMessages, Participations participations,
                Collaborations collaborations, AuditTrail audit, PoolTexts texts, Clock clock) {
        this.jdbc = jdbc;
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
        UUID memberId = insert(collaborationId, residentId, profile, "ONLINE");
        LocalDate today = LocalDate.now(clock);
        consent(collaborationId, memberId, Purpose.INVITATIONS, true, ConsentHow.ONLINE, today, null);
        consent(collaborationId, memberId, Purpose.RESULTS, results, ConsentHow.ONLINE, today, null);
        participations.record(collaborationId, residentId,
                new Participations.Participation(Participations.Kind.POOL, null, null, null, "ONLINE", null));
        return new Joined(memberId, residentId, welcome(collaborationId, residentId, memberId));
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
        UUID memberId;
        try {
            memberId = insert(collaborationId, residentId, profile, "STAFF");
        } catch (DuplicateKeyException e) {
            throw new InvalidPoolInputException("resident", "pool.error.alreadyMember");
        }
        consent(collaborationId, memberId, Purpose.INVITATIONS, true, how, givenOn, actor);
        consent(collaborationId, memberId, Purpose.RESULTS, results, how, givenOn, actor);
        String channel = switch (how) {
            case PHONE -> "PHONE";
            case PAPER_FORM -> "PAPER";
            default -> "STAFF";
        };
        participations.record(collaborationId, residentId,
                new Participations.Participation(Participations.Kind.POOL, null, null, null, channel, organisationId));
        audit.record(collaborationId, actor, "pool.member.add", "pool_member", memberId, how.name());
        return new Joined(memberId, residentId, welcome(collaborationId, residentId, memberId));
    }

    private UUID insert(UUID collaborationId, UUID residentId, Profile p, String via) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO pool_member (id, collaboration_id, resident_id, status, interests, interests_other, energy,
                    hours_per_month, days, day_parts, max_asks_per_month, ways, joined_via, joined_at)
                VALUES (:id, :c, :r, 'ACTIVE', :interests, :other, :energy, :hours, :days, :parts, :asks, :ways, :via, :now)
                """)
                .param("id", id).param("c", collaborationId).param("r", residentId)
                .param("interests", array(p.interests())).param("other", p.interestsOther())
                .param("energy", array(p.energy())).param("hours", p.hoursPerMonth())
                .param("days", array(p.days())).param("parts", array(p.dayParts()))
                .param("asks", p.maxAsksPerMonth()).param("ways", array(p.ways())).param("via", via)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        return id;
    }

    private String welcome(UUID collaborationId, UUID residentId, UUID memberId) {
        String token = residents.issueLink(collaborationId, residentId, PoolLinks.POOL, memberId, PoolLinks.MEMBER_PAGE);
        Resident resident = residents.find(collaborationId, residentId).orElseThrow();
        Collaboration collaboration = collaborations.findById(collaborationId).orElseThrow();
        PoolTexts.Message m = texts.compose("welcome", resident.locale(), collaboration.name(),
                texts.url("/inwonerpool/mijn/" + token));
        residentMessages.send(collaborationId, residentId, m.subject(), m.body(), null);
        return token;
    }

    /** The member changes their own profile and consents through their personal link. */
    @Transactional
    void update(UUID collaborationId, UUID memberId, Profile p, boolean invitations, boolean results, String actor) {
        Member member = find(collaborationId, memberId).filter(Member::active).orElseThrow(NotFoundException::new);
        jdbc.sql("""
                UPDATE pool_member SET interests = :interests, interests_other = :other, energy = :energy,
                    hours_per_month = :hours, days = :days, day_parts = :parts, max_asks_per_month = :asks, ways = :ways
                WHERE id = :id AND collaboration_id = :c
                """)
                .param("id", memberId).param("c", collaborationId)
                .param("interests", array(p.interests())).param("other", p.interestsOther())
                .param("energy", array(p.energy())).param("hours", p.hoursPerMonth())
                .param("days", array(p.days())).param("parts", array(p.dayParts()))
                .param("asks", p.maxAsksPerMonth()).param("ways", array(p.ways()))
                .update();
        Map<Purpose, Boolean> now = consents(member.id());
        LocalDate today = LocalDate.now(clock);
        if (now.get(Purpose.INVITATIONS) != invitations) {
            consent(collaborationId, memberId, Purpose.INVITATIONS, invitations, ConsentHow.ONLINE, today, actor);
        }
        if (now.get(Purpose.RESULTS) != results) {
            consent(collaborationId, memberId, Purpose.RESULTS, results, ConsentHow.ONLINE, today, actor);
        }
    }

    /**
     * The member leaves: no more invitations, open invitations and commitments end, every link
     * of theirs stops working. Erasing their data is a separate step on the privacy page.
     */
    @Transactional
    void withdraw(UUID collaborationId, UUID memberId, String actor) {
        Member member = find(collaborationId, memberId).filter(Member::active).orElseThrow(NotFoundException::new);
        jdbc.sql("UPDATE pool_member SET status = 'WITHDRAWN', withdrawn_at = :now WHERE id = :id AND collaboration_id = :c")
                .param("now", Timestamp.from(clock.instant())).param("id", memberId).param("c", collaborationId)
                .update();
        LocalDate today = LocalDate.now(clock);
        ConsentHow how = actor == null ? ConsentHow.ONLINE : ConsentHow.IN_PERSON;
        for (Map.Entry<Purpose, Boolean> c : consents(memberId).entrySet()) {
            if (c.getValue()) {
                consent(collaborationId, memberId, c.getKey(), false, how, today, actor);
            }
        }
        jdbc.sql("UPDATE pool_invitation SET status = 'CANCELLED' WHERE member_id = :m AND status = 'SENT'")
                .param("m", memberId).update();
        jdbc.sql("""
                UPDATE pool_commitment SET status = CASE status WHEN 'PROPOSED' THEN 'DECLINED' ELSE 'ENDED' END,
                    ended_at = :now, ended_by = :by, end_reason = :reason
                WHERE member_id = :m AND status IN ('PROPOSED', 'ACTIVE')
                """)
                .param("now", Timestamp.from(clock.instant())).param("by", actor == null ? Commitments.RESIDENT : actor)
                .param("reason", null).param("m", memberId).update();
        for (String purpose : List.of(PoolLinks.POOL, PoolLinks.INVITATION, PoolLinks.COMMITMENT)) {
            residents.revokeLinks(member.residentId(), purpose, null);
        }
        audit.record(collaborationId, actor == null ? Commitments.RESIDENT : actor, "pool.member.withdraw",
                "pool_member", memberId, "withdrawn");
    }

    void consent(UUID collaborationId, UUID memberId, Purpose purpose, boolean granted, ConsentHow how,
                 LocalDate givenOn, String recordedBy) {
        jdbc.sql("""
                INSERT INTO pool_consent (id, collaboration_id, member_id, purpose, granted, how, given_on, recorded_by, recorded_at)
                VALUES (:id, :c, :m, :purpose, :granted, :how, :on, :by, :now)
                """)
                .param("id", UUID.randomUUID()).param("c", collaborationId).param("m", memberId)
                .param("purpose", purpose.name()).param("granted", granted).param("how", how.name())
                .param("on", givenOn).param("by", recordedBy).param("now", Timestamp.from(clock.instant()))
                .update();
    }

    /** The consent that counts now, per purpose: the newest entry, or none given. */
    Map<Purpose, Boolean> consents(UUID memberId) {
        Map<Purpose, Boolean> current = new EnumMap<>(Purpose.class);
        for (Consent c : consentRecord(memberId)) {
            current.putIfAbsent(c.purpose(), c.granted());
        }
        for (Purpose p : Purpose.values()) {
            current.putIfAbsent(p, false);
        }
        return current;
    }

    /** Every consent entry of a member, newest first. */
    List<Consent> consentRecord(UUID memberId) {
        return jdbc.sql("""
                SELECT purpose, granted, how, given_on, recorded_by, recorded_at FROM pool_consent
                WHERE member_id = :m ORDER BY seq DESC
                """)
                .param("m", memberId)
                .query((rs, n) -> new Consent(Purpose.valueOf(rs.getString(1)), rs.getBoolean(2),
                        ConsentHow.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class), rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    Optional<Member> find(UUID collaborationId, UUID memberId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM pool_member WHERE id = :id AND collaboration_id = :c")
                .param("id", memberId).param("c", collaborationId).query(ROW).optional();
    }

    Optional<Member> ofResident(UUID collaborationId, UUID residentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM pool_member WHERE resident_id = :r AND collaboration_id = :c")
                .param("r", residentId).param("c", collaborationId).query(ROW).optional();
    }

    /** Members of a collaboration, newest first, optionally only those with a theme or an energy. */
    Page<Member> list(UUID collaborationId, Interest interest, Energy energy, boolean withWithdrawn, Long before, int size) {
        List<Member> rows = jdbc.sql("SELECT " + COLUMNS + " FROM pool_member WHERE collaboration_id = :c"
                        + " AND (CAST(:before AS bigint) IS NULL OR seq < :before)"
                        + " AND (CAST(:interest AS text) IS NULL OR :interest = ANY (interests))"
                        + " AND (CAST(:energy AS text) IS NULL OR :energy = ANY (energy))"
                        + (withWithdrawn ? "" : " AND status = 'ACTIVE'")
                        + " ORDER BY seq DESC LIMIT :limit")
                .param("c", collaborationId).param("before", before)
                .param("interest", interest == null ? null : interest.name())
                .param("energy", energy == null ? null : energy.name())
                .param("limit", size + 1)
                .query(ROW).list();
        if (rows.size() > size) {
            return new Page<>(rows.subList(0, size), rows.get(size - 1).seq());
        }
        return new Page<>(rows, null);
    }

    /** Members to weigh for an activity, active ones first; the fit check says who may be asked. */
    List<Member> forActivity(UUID collaborationId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM pool_member WHERE collaboration_id = :c ORDER BY status, seq DESC LIMIT :limit")
                .param("c", collaborationId).param("limit", limit).query(ROW).list();
    }

    /** The newest consent per purpose of many members at once. */
    Map<UUID, Boolean> invitationConsents(UUID collaborationId, List<UUID> memberIds) {
        Map<UUID, Boolean> result = new java.util.HashMap<>();
        if (memberIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                SELECT DISTINCT ON (member_id) member_id, granted FROM pool_consent
                WHERE collaboration_id = :c AND member_id IN (:ids) AND purpose = 'INVITATIONS'
                ORDER BY member_id, seq DESC
                """)
                .param("c", collaborationId).param("ids", memberIds)
                .query((rs, n) -> result.put(rs.getObject(1, UUID.class), rs.getBoolean(2))).list();
        return result;
    }

    /** The resident behind each member, in one query. */
    Map<UUID, UUID> residentsOf(UUID collaborationId, List<UUID> memberIds) {
        Map<UUID, UUID> result = new java.util.HashMap<>();
        if (memberIds.isEmpty()) {
            return result;
        }
        jdbc.sql("SELECT id, resident_id FROM pool_member WHERE collaboration_id = :c AND id IN (:ids)")
                .param("c", collaborationId).param("ids", memberIds)
                .query((rs, n) -> result.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list();
        return result;
    }

    private static String[] array(java.util.Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static final RowMapper<Member> ROW = (ResultSet rs, int n) -> new Member(
            rs.getObject("id", UUID.class), rs.getObject("collaboration_id", UUID.class),
            rs.getObject("resident_id", UUID.class), "ACTIVE".equals(rs.getString("status")),
            new Profile(Vocabulary.parseAll(Interest.class, strings(rs.getArray("interests"))),
                    rs.getString("interests_other"),
                    Vocabulary.parseAll(Energy.class, strings(rs.getArray("energy"))),
                    rs.getInt("hours_per_month"),
                    Vocabulary.parseAll(DayOfWeek.class, strings(rs.getArray("days"))),
                    Vocabulary.parseAll(DayPart.class, strings(rs.getArray("day_parts"))),
                    rs.getInt("max_asks_per_month"),
                    Vocabulary.parseAll(Way.class, strings(rs.getArray("ways")))),
            rs.getString("joined_via"), rs.getTimestamp("joined_at").toInstant(),
            rs.getTimestamp("withdrawn_at") == null ? null : rs.getTimestamp("withdrawn_at").toInstant(),
            rs.getLong("seq"));
}
