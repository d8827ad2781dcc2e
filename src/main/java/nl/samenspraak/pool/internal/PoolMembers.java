package nl.samenspraak.pool.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.samenspraak.pool.MemberId;
import nl.samenspraak.pool.internal.Vocabulary.DayPart;
import nl.samenspraak.pool.internal.Vocabulary.Energy;
import nl.samenspraak.pool.internal.Vocabulary.Interest;
import nl.samenspraak.pool.internal.Vocabulary.Way;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes pool members and nothing else; joining, changing and leaving are the use
 * cases {@link PoolJoining} and {@link MembershipChanges}, consent lives in {@link Consents}.
 */
@Repository
class PoolMembers {

    /** A page of a staff list, keyset-paged on {@code seq}. */
    record Page<T>(List<T> items, Long nextBefore) {}

    static final String COLUMNS = "id, collaboration_id, resident_id, status, interests, interests_other, energy, "
            + "hours_per_month, days, day_parts, max_asks_per_month, ways, joined_via, joined_at, withdrawn_at, seq";

    private final JdbcClient jdbc;
    private final Clock clock;

    PoolMembers(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores a new, active member; a resident is a member of a collaboration's pool at most once. */
    UUID insert(UUID collaborationId, UUID residentId, Profile p, String via) {
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

    /** Stores the interests and limits the member set. */
    void updateProfile(UUID collaborationId, MemberId memberId, Profile p) {
        jdbc.sql("""
                UPDATE pool_member SET interests = :interests, interests_other = :other, energy = :energy,
                    hours_per_month = :hours, days = :days, day_parts = :parts, max_asks_per_month = :asks, ways = :ways
                WHERE id = :id AND collaboration_id = :c
                """)
                .param("id", memberId.value()).param("c", collaborationId)
                .param("interests", array(p.interests())).param("other", p.interestsOther())
                .param("energy", array(p.energy())).param("hours", p.hoursPerMonth())
                .param("days", array(p.days())).param("parts", array(p.dayParts()))
                .param("asks", p.maxAsksPerMonth()).param("ways", array(p.ways()))
                .update();
    }

    /** Stores whether the member is still in the pool, and since when not. */
    void save(Member m) {
        jdbc.sql("UPDATE pool_member SET status = :s, withdrawn_at = :at WHERE id = :id AND collaboration_id = :c")
                .param("s", m.status().name()).param("at", m.withdrawnAt() == null ? null : Timestamp.from(m.withdrawnAt()))
                .param("id", m.id()).param("c", m.collaborationId())
                .update();
    }

    Optional<Member> find(UUID collaborationId, MemberId memberId) {
        return find(collaborationId, memberId.value());
    }

    Optional<Member> find(UUID collaborationId, UUID memberId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM pool_member WHERE id = :id AND collaboration_id = :c")
                .param("id", memberId).param("c", collaborationId).query(ROW).optional();
    }

    /** The chosen members, locked until the transaction ends, so that two inviting staff members wait for each other. */
    List<Member> lockForUpdate(UUID collaborationId, List<UUID> memberIds) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM pool_member"
                        + " WHERE collaboration_id = :c AND id IN (:ids) ORDER BY id FOR UPDATE")
                .param("c", collaborationId).param("ids", memberIds).query(ROW).list();
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
            rs.getObject("resident_id", UUID.class), Member.Status.valueOf(rs.getString("status")),
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
