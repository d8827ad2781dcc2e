package nl.samenspraak.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
    static final String WRITE_AUTHORITY = "SCOPE_api.write";

    record Resolved(CollaborationAccess access, Scope scope) {}

    /** "Last used" is shown to the minute; writing it more often would add a write to every API read. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    static final Duration LIFETIME = Duration.ofDays(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;

    ApiTokens(JdbcClient jdbc, Clock clock, AuditTrail audit) {
        this.jdbc = jdbc;
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
        Optional<Object[]> membership = jdbc.sql("""
                SELECT c.id, m.role FROM membership m JOIN collaboration c ON c.id = m.collaboration_id
                WHERE m.staff_id = :s AND (c.slug = :key OR c.id::text = :key)
                """)
                .param("s", staffId).param("key", collaboration == null ? "" : collaboration.strip())
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2)}).optional();
        if (membership.isEmpty()) {
            return Optional.empty();
        }
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = "ssp_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        var expires = clock.instant().plus(LIFETIME);
        UUID collaborationId = (UUID) membership.get()[0];
        jdbc.sql("""
                INSERT INTO api_token (id, token_hash, staff_id, collaboration_id, role, created_at, expires_at, scope)
                VALUES (:id, :hash, :s, :c, :r, :now, :exp, :scope)
                """)
                .param("scope", scope.name())
                .param("id", UUID.randomUUID()).param("hash", hash(token)).param("s", staffId)
                .param("c", collaborationId).param("r", membership.get()[1])
                .param("now", java.sql.Timestamp.from(clock.instant())).param("exp", java.sql.Timestamp.from(expires))
                .update();
        audit.record(collaborationId, staffId.toString(), "api-token.issue", "staff_account", staffId, scope.name());
        return Optional.of(new IssuedToken(token, expires));
    }

    Optional<Resolved> resolve(String token) {
        var now = clock.instant();
        Optional<Object[]> found = jdbc.sql("""
                SELECT c.id, c.slug, c.name, m.role, s.id AS staff_id, s.email, t.id AS token_id, t.scope, t.last_used_at
                FROM api_token t
                JOIN membership m ON m.staff_id = t.staff_id AND m.collaboration_id = t.collaboration_id
                JOIN collaboration c ON c.id = t.collaboration_id
                JOIN staff_account s ON s.id = t.staff_id
                WHERE t.token_hash = :hash AND t.expires_at > :now
                """)
                .param("hash", hash(token)).param("now", java.sql.Timestamp.from(now))
                .query((rs, n) -> new Object[] {new Resolved(new CollaborationAccess(rs.getObject("id", UUID.class),
                        rs.getString("slug"), rs.getString("name"), Role.valueOf(rs.getString("role")),
                        rs.getObject("staff_id", UUID.class), "api:" + rs.getString("email")),
                        Scope.valueOf(rs.getString("scope"))),
                        rs.getObject("token_id", UUID.class), rs.getTimestamp("last_used_at")})
                .optional();
        found.ifPresent(row -> {
            var lastUsed = (java.sql.Timestamp) row[2];
            if (lastUsed == null || lastUsed.toInstant().isBefore(now.minus(LAST_USED_PRECISION))) {
                jdbc.sql("UPDATE api_token SET last_used_at = :now WHERE id = :id")
                        .param("now", java.sql.Timestamp.from(now)).param("id", row[1]).update();
            }
        });
        return found.map(row -> (Resolved) row[0]);
    }

    /** The staff member's own tokens that still work, newest first. */
    public List<TokenView> ownedBy(UUID staffId) {
        return jdbc.sql("""
                SELECT t.id, c.name, t.created_at, t.last_used_at, t.expires_at, t.scope
                FROM api_token t JOIN collaboration c ON c.id = t.collaboration_id
                WHERE t.staff_id = :s AND t.expires_at > :now ORDER BY t.created_at DESC, t.id
                """)
                .param("s", staffId).param("now", java.sql.Timestamp.from(clock.instant()))
                .query((rs, n) -> new TokenView(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5).toInstant(), Scope.valueOf(rs.getString(6))))
                .list();
    }

    /** Ends one of the staff member's own tokens at once; false when they have no such token. */
    @Transactional
    public boolean revoke(UUID staffId, UUID tokenId, String actor) {
        Optional<UUID> collaboration = jdbc.sql("DELETE FROM api_token WHERE id = :id AND staff_id = :s RETURNING collaboration_id")
                .param("id", tokenId).param("s", staffId).query(UUID.class).optional();
        collaboration.ifPresent(c -> audit.record(c, actor, "api-token.revoke", "api_token", tokenId, "revoked"));
        return collaboration.isPresent();
    }

    static String hash(String token) {
        return Hashing.sha256Hex(token);
    }
}
