package nl.samenspraak.resident;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.samenspraak.platform.Hashing;
import nl.samenspraak.platform.Text;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place where residents' contact details are stored, checked and read, and where
 * personal links (instead of passwords) are issued and resolved.
 */
@Service
public class Residents {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String COLUMNS =
            "id, collaboration_id, name, email, phone, postal_address, contact_by, language, created_at, erased_at";

    private final JdbcClient jdbc;
    private final Clock clock;

    Residents(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Stores a new resident. Deliberately no matching on e-mail: someone typing another person's
     * address on a public form must not reach, change or merge that person's record.
     *
     * @throws InvalidResidentException when a detail is malformed or the chosen channel lacks what it needs
     */
    @Transactional
    public UUID register(UUID collaborationId, ResidentDetails given) {
        ResidentDetails details = given.checked();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO resident (id, collaboration_id, name, email, phone, postal_address, contact_by, language, created_at)
                VALUES (:id, :c, :name, :email, :phone, :postal, :by, :lang, :now)
                """)
                .param("id", id).param("c", collaborationId).param("name", details.name())
                .param("email", details.email()).param("phone", details.phone())
                .param("postal", details.postalAddress()).param("by", details.contactBy().name())
                .param("lang", details.language()).param("now", Timestamp.from(clock.instant()))
                .update();
        return id;
    }

    /** Changes the details of a resident who is not erased; the caller has checked who may. */
    @Transactional
    public void update(UUID collaborationId, UUID residentId, ResidentDetails given) {
        ResidentDetails details = given.checked();
        int updated = jdbc.sql("""
                UPDATE resident SET name = :name, email = :email, phone = :phone, postal_address = :postal,
                    contact_by = :by, language = :lang
                WHERE id = :id AND collaboration_id = :c AND erased_at IS NULL
                """)
                .param("id", residentId).param("c", collaborationId).param("name", details.name())
                .param("email", details.email()).param("phone", details.phone())
                .param("postal", details.postalAddress()).param("by", details.contactBy().name())
                .param("lang", details.language())
                .update();
        if (updated == 0) {
            throw new nl.samenspraak.platform.NotFoundException();
        }
    }

    public Optional<Resident> find(UUID collaborationId, UUID residentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM resident WHERE id = :id AND collaboration_id = :c")
                .param("id", residentId).param("c", collaborationId)
                .query(ROW).optional();
    }

    public Optional<Resident> find(UUID collaborationId, ResidentId residentId) {
        return find(collaborationId, residentId.value());
    }

    /** Several residents of one collaboration at once, for lists (one query). */
    public List<Resident> find(UUID collaborationId, List<UUID> residentIds) {
        if (residentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM resident WHERE id IN (:ids) AND collaboration_id = :c")
                .param("ids", residentIds).param("c", collaborationId)
                .query(ROW).list();
    }

    /**
     * Residents of a collaboration for staff to pick from, newest first, optionally filtered on a
     * part of the name, e-mail or phone; keyset-paged by passing the last seen {@code seq}.
     */
    public List<ResidentRow> search(UUID collaborationId, String query, Long beforeSeq, int limit) {
        String q = Text.cleanOrNull(query);
        String pattern = q == null ? null : "%" + q.toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("SELECT " + COLUMNS + ", seq FROM resident WHERE collaboration_id = :c AND erased_at IS NULL"
                        + " AND (CAST(:before AS bigint) IS NULL OR seq < :before)"
                        + " AND (CAST(:p AS text) IS NULL OR lower(coalesce(name, '') || ' ' || coalesce(email, '') || ' '"
                        + " || coalesce(phone, '')) LIKE :p)"
                        + " ORDER BY seq DESC LIMIT :limit")
                .param("c", collaborationId).param("before", beforeSeq).param("p", pattern)
                .param("limit", Math.max(1, Math.min(limit, 200)))
                .query((rs, n) -> new ResidentRow(ROW.mapRow(rs, n), rs.getLong("seq"))).list();
    }

    /** A resident in a staff list with its paging key. */
    public record ResidentRow(Resident resident, long seq) {}

    /**
     * Issues a personal link token; the token itself is returned once and only its hash is kept.
     * Put it in a URL such as {@code /uitnodiging/{token}}.
     */
    @Transactional
    public String issueLink(UUID collaborationId, UUID residentId, String purpose, UUID subjectId, Duration validFor) {
        if (PrivacyLinks.PURPOSE.equals(purpose)) {
            // A privacy link proves a mailbox; one handed to a browser would prove nothing. See PrivacyLinks.
            throw new IllegalArgumentException("privacy links are only sent by e-mail, through PrivacyLinks");
        }
        return insertLink(collaborationId, residentId, purpose, subjectId, validFor, null);
    }

    /** Issues a link that is about to be mailed to {@code sentTo}; it remembers that address. */
    @Transactional
    String issueMailedLink(UUID collaborationId, UUID residentId, String purpose, Duration validFor, String sentTo) {
        return insertLink(collaborationId, residentId, purpose, null, validFor, sentTo);
    }

    private String insertLink(UUID collaborationId, UUID residentId, String purpose, UUID subjectId, Duration validFor,
                              String sentTo) {
        byte[] raw = new byte[24];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO resident_link (token_hash, resident_id, collaboration_id, purpose, subject_id, created_at,
                    expires_at, sent_to_hash)
                VALUES (:hash, :r, :c, :purpose, :subject, :now, :expires,
                    CASE WHEN CAST(:sentTo AS text) IS NULL THEN NULL ELSE sha256(convert_to(lower(:sentTo), 'UTF8')) END)
                """)
                .param("hash", Hashing.sha256(token)).param("sentTo", sentTo).param("r", residentId).param("c", collaborationId)
                .param("purpose", purpose).param("subject", subjectId)
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(now.plus(validFor)))
                .update();
        return token;
    }

    /**
     * The link behind a token, if it exists, has this purpose, has not expired and its resident is not
     * erased. A link that was mailed works only while the resident's address on record is the one it
     * went to: after staff change the address, the old mailbox no longer opens the new one's data.
     */
    public Optional<PersonalLink> resolveLink(String token, String purpose) {
        if (token == null || token.length() > 64) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT l.collaboration_id, l.resident_id, l.purpose, l.subject_id
                FROM resident_link l JOIN resident r ON r.id = l.resident_id
                WHERE l.token_hash = :hash AND l.purpose = :purpose AND l.expires_at > :now AND r.erased_at IS NULL
                  AND (l.sent_to_hash IS NULL OR l.sent_to_hash = sha256(convert_to(lower(r.email), 'UTF8')))
                  AND (l.purpose <> :privacy OR l.sent_to_hash IS NOT NULL)
                """)
                .param("privacy", PrivacyLinks.PURPOSE)
                .param("hash", Hashing.sha256(token)).param("purpose", purpose).param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> new PersonalLink(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getObject(4, UUID.class)))
                .optional();
    }

    /** Ends the links of one purpose (and subject, when given) of a resident. */
    @Transactional
    public void revokeLinks(UUID residentId, String purpose, UUID subjectId) {
        jdbc.sql("DELETE FROM resident_link WHERE resident_id = :r AND purpose = :p AND (CAST(:s AS uuid) IS NULL OR subject_id = :s)")
                .param("r", residentId).param("p", purpose).param("s", subjectId)
                .update();
    }


    /** Whether this looks like an e-mail address, by the same rule as a registration. */
    public static boolean validEmail(String email) {
        return ResidentDetails.validEmail(email);
    }

    private static final RowMapper<Resident> ROW = (rs, n) -> new Resident(
            rs.getObject("id", UUID.class), rs.getObject("collaboration_id", UUID.class), rs.getString("name"),
            rs.getString("email"), rs.getString("phone"), rs.getString("postal_address"),
            ContactChannel.valueOf(rs.getString("contact_by")), rs.getString("language"),
            rs.getTimestamp("created_at").toInstant(),
            rs.getTimestamp("erased_at") == null ? null : rs.getTimestamp("erased_at").toInstant());
}
