package nl.samenspraak.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import nl.samenspraak.platform.AuditTrail;
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
    @Transactional
    public Optional<IssuedToken> issue(UUID staffId, String collaboration) {
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
                INSERT INTO api_token (id, token_hash, staff_id, collaboration_id, role, created_at, expires_at)
                VALUES (:id, :hash, :s, :c, :r, :now, :exp)
                """)
                .param("id", UUID.randomUUID()).param("hash", hash(token)).param("s", staffId)
                .param("c", collaborationId).param("r", membership.get()[1])
                .param("now", java.sql.Timestamp.from(clock.instant())).param("exp", java.sql.Timestamp.from(expires))
                .update();
        audit.record(collaborationId, staffId.toString(), "api-token.issue", "staff_account", staffId, "issued");
        return Optional.of(new IssuedToken(token, expires));
    }

    Optional<CollaborationAccess> resolve(String token) {
        return jdbc.sql("""
                SELECT c.id, c.slug, c.name, m.role, s.id AS staff_id, s.email
                FROM api_token t
                JOIN membership m ON m.staff_id = t.staff_id AND m.collaboration_id = t.collaboration_id
                JOIN collaboration c ON c.id = t.collaboration_id
                JOIN staff_account s ON s.id = t.staff_id
                WHERE t.token_hash = :hash AND t.expires_at > :now
                """)
                .param("hash", hash(token)).param("now", java.sql.Timestamp.from(clock.instant()))
                .query((rs, n) -> new CollaborationAccess(rs.getObject("id", UUID.class), rs.getString("slug"),
                        rs.getString("name"), Role.valueOf(rs.getString("role")),
                        rs.getObject("staff_id", UUID.class), "api:" + rs.getString("email")))
                .optional();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
