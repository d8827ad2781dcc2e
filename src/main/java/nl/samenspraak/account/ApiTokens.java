package nl.samenspraak.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.platform.Hashing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for the integration API. A token is bound to one collaboration; only
 * its SHA-256 hash is stored. Its role is the staff member's current role there, so a
 * revoked membership ends the token at once.
 */
@Service
public class ApiTokens {

    public record IssuedToken(String token, java.time.Instant expiresAt) {}

    /** What a token may do: only read (GET), or read and change. */
    public enum Scope { READ, READ_WRITE }

    /** A token as its owner sees it on their tokens page: never its value. */
    public record TokenView(UUID id, String collaborationName, java.time.Instant createdAt,
                            java.time.Instant lastUsedAt, java.time.Instant expiresAt, Scope scope) {}

    /** The authority a read-and-write token carries; the API chain demands it for every non-GET request. */
    public static final String WRITE_AUTHORITY = "SCOPE_api.write";

    public record Resolved(CollaborationAccess access, Scope scope) {}

    /** "Last used" is shown to the minute; writing it more often would add a write to every API read. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    static final Duration LIFETIME = Duration.ofDays(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;
    private final Collaborations collaborations;

    ApiTokens(JdbcClient jdbc, Clock clock, AuditTrail audit, Collaborations collaborations) {
        this.jdbc = jdbc;
        this.collaborations = collaborations;
        this.clock = clock;
        this.audit = audit;
    }

    /** Issues a token when the staff member is a member of the collaboration (by slug or id); empty otherwise. */
    public Optional<IssuedToken> issue(UUID staffId, String collaboration) {
        return issue(staffId, collaboration, Scope.READ_WRITE);
    }

    /** Issues a token with the given scope; empty when the staff member is no member of the collaboration. */
    @Transactional
    public Optional<IssuedToken> issue(UUID staffId, String collaboration, Scope scope) {
        Optional<UUID> target = collaborations.findBySlugOrId(collaboration).map(Collaboration::id);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> role = jdbc.sql("SELECT role FROM membership WHERE staff_id = :s AND collaboration_id = :c")
                .param("s", staffId).param("c", target.get()).query(String.class).optional();
        if (role.isEmpty()) {
            return Optional.empty();
        }
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = "ssp_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        var expires = clock.instant().plus(LIFETIME);
        UUID collaborationId = target.get();
        jdbc.sql("""
                INSERT INTO api_token (id, token_hash, staff_id, collaboration_id, role, created_at, expires_at, scope)
                VALUES (:id, :hash, :s, :c, :r, :now, :exp, :scope)
                """)
                .param("scope", scope.name())
                .param("id", UUID.randomUUID()).param("hash", hash(token)).param("s", staffId)
                .param("c", collaborationId).param("r", role.get())
                .param("now", java.sql.Timestamp.from(clock.instant())).param("exp", java.sql.Timestamp.from(expires))
                .update();
        audit.record(collaborationId, staffId.toString(), "api-token.issue", "staff_account", staffId, scope.name());
        return Optional.of(new IssuedToken(token, expires));
    }

    public Optional<Resolved> resolve(String token) {
        var now = clock.instant();
        Optional<Object[]> found = jdbc.sql("""
                SELECT t.collaboration_id, m.role, s.id AS staff_id, s.email, t.id AS token_id, t.scope, t.last_used_at
                FROM api_token t
                JOIN membership m ON m.staff_id = t.staff_id AND m.collaboration_id = t.collaboration_id
                JOIN staff_account s ON s.id = t.staff_id
                WHERE t.token_hash = :hash AND t.expires_at > :now
                """)
                .param("hash", hash(token)).param("now", java.sql.Timestamp.from(now))
                .query((rs, n) -> new Object[] {rs.getObject("collaboration_id", UUID.class), rs.getString("role"),
                        rs.getObject("staff_id", UUID.class), rs.getString("email"),
                        Scope.valueOf(rs.getString("scope")),
                        rs.getObject("token_id", UUID.class), rs.getTimestamp("last_used_at")})
                .optional();
        // The collaboration's slug and name come from its own module; a token always points to an existing one.
        Optional<Resolved> resolved = found.flatMap(row -> collaborations.findById((UUID) row[0])
                .map(c -> new Resolved(new CollaborationAccess(c.id(), c.slug(), c.name(), Role.valueOf((String) row[1]),
                        (UUID) row[2], "api:" + row[3]), (Scope) row[4])));
        resolved.ifPresent(r -> {
            Object[] row = found.get();
            var lastUsed = (java.sql.Timestamp) row[6];
            if (lastUsed == null || lastUsed.toInstant().isBefore(now.minus(LAST_USED_PRECISION))) {
                jdbc.sql("UPDATE api_token SET last_used_at = :now WHERE id = :id")
                        .param("now", java.sql.Timestamp.from(now)).param("id", row[5]).update();
            }
        });
        return resolved;
    }

    /** The staff member's own tokens that still work, newest first. */
    public List<TokenView> ownedBy(UUID staffId) {
        record Row(UUID id, UUID collaborationId, java.time.Instant createdAt, java.time.Instant lastUsedAt,
                   java.time.Instant expiresAt, Scope scope) {}
        List<Row> rows = jdbc.sql("""
                SELECT t.id, t.collaboration_id, t.created_at, t.last_used_at, t.expires_at, t.scope
                FROM api_token t
                WHERE t.staff_id = :s AND t.expires_at > :now ORDER BY t.created_at DESC, t.id
                """)
                .param("s", staffId).param("now", java.sql.Timestamp.from(clock.instant()))
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5).toInstant(), Scope.valueOf(rs.getString(6))))
                .list();
        var names = collaborations.namesOf(rows.stream().map(Row::collaborationId).toList());
        return rows.stream().map(r -> new TokenView(r.id(), names.get(r.collaborationId()), r.createdAt(),
                r.lastUsedAt(), r.expiresAt(), r.scope())).toList();
    }

    /** Ends one of the staff member's own tokens at once; false when they have no such token. */
    @Transactional
    public boolean revoke(UUID staffId, UUID tokenId, String actor) {
        Optional<UUID> collaboration = jdbc.sql("DELETE FROM api_token WHERE id = :id AND staff_id = :s RETURNING collaboration_id")
                .param("id", tokenId).param("s", staffId).query(UUID.class).optional();
        collaboration.ifPresent(c -> audit.record(c, actor, "api-token.revoke", "api_token", tokenId, "revoked"));
        return collaboration.isPresent();
    }

    public static String hash(String token) {
        return Hashing.sha256Hex(token);
    }
}
