package nl.samenspraak.account.internal;

import nl.samenspraak.account.ApiTokens;
import nl.samenspraak.account.StaffAccounts;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.samenspraak.platform.Outbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Wachtwoord vergeten": a single-use link, valid for {@link #LIFETIME}, mailed to the
 * account's own address. Only the token's SHA-256 is stored; the token itself exists in
 * the mail alone, and the mail carries no collaboration, so it shows on no coordinator's
 * outbox page.
 */
@Service
class PasswordResets {

    static final Duration LIFETIME = Duration.ofMinutes(30);
    /**
     * An invitation's link lives longer than a reset's: it reaches someone who did not ask for
     * it and may first read it after a weekend; it is single-use all the same.
     */
    static final Duration INVITATION_LIFETIME = Duration.ofHours(72);
    /** The Dutch first: the invited person's own language is not known yet. */
    static final Locale INVITATION_LOCALE = Locale.forLanguageTag("nl");
    /** The link's path; recognisable, so that staff screens showing mail can mask it. */
    static final String PATH = "/wachtwoord-herstellen/";

    /** The account a valid token belongs to, and whether the link came with an invitation. */
    record Holder(UUID staffId, String email, String displayName, boolean invitation) {}

    private static final String INVITATION = "INVITATION";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final java.util.regex.Pattern LINK =
            java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(PATH) + "[A-Za-z0-9_-]+");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Outbox outbox;
    private final MessageSource messages;
    private final StaffAccounts accounts;
    private final AccountSessions sessions;
    private final nl.samenspraak.platform.AuditTrail audit;
    private final String baseUrl;

    PasswordResets(JdbcClient jdbc, Clock clock, Outbox outbox, MessageSource messages, StaffAccounts accounts,
                   AccountSessions sessions, nl.samenspraak.platform.AuditTrail audit,
                   @Value("${samenspraak.base-url}") String baseUrl) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.outbox = outbox;
        this.messages = messages;
        this.accounts = accounts;
        this.sessions = sessions;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /**
     * Mails a reset link when an account has this address; does nothing visible otherwise.
     * Both cases make the same token and run the same statement, so the answer takes about
     * as long either way and tells nobody whether the account exists.
     */
    @Transactional
    void request(String email, Locale locale) {
        String token = newToken();
        var now = clock.instant();
        Optional<Holder> holder = jdbc.sql("""
                WITH account AS (SELECT id, email, display_name FROM staff_account WHERE lower(email) = lower(:e)),
                     made AS (INSERT INTO password_reset_token (token_hash, staff_id, created_at, expires_at)
                              SELECT :hash, id, :now, :expires FROM account RETURNING staff_id)
                SELECT a.id, a.email, a.display_name FROM account a JOIN made m ON m.staff_id = a.id
                """)
                .param("e", email.strip()).param("hash", ApiTokens.hash(token))
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(now.plus(LIFETIME)))
                .query((rs, n) -> new Holder(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), false))
                .optional();
        holder.ifPresent(h -> {
            UUID mail = outbox.enqueue(null, h.email(),
                    messages.getMessage("account.reset.mail.subject", null, locale),
                    messages.getMessage("account.reset.mail.body",
                            new Object[] {h.displayName(), baseUrl + PATH + token, LIFETIME.toMinutes()}, locale),
                    null);
            jdbc.sql("UPDATE password_reset_token SET outbox_mail_id = :m WHERE token_hash = :hash")
                    .param("m", mail).param("hash", ApiTokens.hash(token)).update();
        });
    }

    /** The account of a token that is known, unused and not expired. */
    Optional<Holder> holderOf(String token) {
        if (!plausible(token)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT s.id, s.email, s.display_name, t.purpose FROM password_reset_token t
                JOIN staff_account s ON s.id = t.staff_id
                WHERE t.token_hash = :hash AND t.used_at IS NULL AND t.expires_at > :now
                """)
                .param("hash", ApiTokens.hash(token)).param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> new Holder(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        INVITATION.equals(rs.getString(4))))
                .optional();
    }

    /**
     * Uses the token once: sets the password, ends every session and every other open link of
     * the account. False when the token was not (or no longer) valid; the conditional update
     * makes two submissions of the same link race safely.
     */
    @Transactional
    boolean reset(String token, String newPassword) {
        if (!plausible(token)) {
            return false;
        }
        var now = Timestamp.from(clock.instant());
        record Used(UUID staffId, String purpose) {}
        Optional<Used> used = jdbc.sql("""
                UPDATE password_reset_token SET used_at = :now
                WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now RETURNING staff_id, purpose
                """)
                .param("hash", ApiTokens.hash(token)).param("now", now)
                .query((rs, n) -> new Used(rs.getObject(1, UUID.class), rs.getString(2))).optional();
        if (used.isEmpty()) {
            return false;
        }
        Optional<UUID> staffId = used.map(Used::staffId);
        jdbc.sql("UPDATE password_reset_token SET used_at = :now WHERE staff_id = :s AND used_at IS NULL")
                .param("now", now).param("s", staffId.get()).update();
        // Any link that reached the mailbox proves the person: after it, the account no longer waits.
        String email = jdbc.sql("UPDATE staff_account SET invited_at = NULL WHERE id = :s RETURNING email")
                .param("s", staffId.get()).query(String.class).single();
        accounts.setPassword(staffId.get(), newPassword, email,
                INVITATION.equals(used.get().purpose()) ? "staff.password.set" : "staff.password.reset");
        sessions.endAll(email);
        maskSpentLinks();
        return true;
    }

    /**
     * Mails an invitation to choose a first password, for an account made by {@link
     * StaffAccounts#createInvited} (or one still waiting, when the last invitation expired or
     * got lost). Earlier invitation links of the account stop working: only the newest counts.
     * The mail carries no collaboration, so it shows on no coordinator's outbox page.
     */
    @Transactional
    void invite(UUID staffId, UUID collaborationId, String collaborationName, String actor) {
        String token = newToken();
        var now = clock.instant();
        Holder holder = jdbc.sql("""
                UPDATE staff_account SET invited_at = :now WHERE id = :s RETURNING id, email, display_name
                """)
                .param("now", Timestamp.from(now)).param("s", staffId)
                .query((rs, n) -> new Holder(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), true))
                .single();
        jdbc.sql("""
                UPDATE password_reset_token SET used_at = :now
                WHERE staff_id = :s AND purpose = 'INVITATION' AND used_at IS NULL
                """)
                .param("now", Timestamp.from(now)).param("s", staffId).update();
        UUID mail = outbox.enqueue(null, holder.email(),
                messages.getMessage("account.invite.mail.subject", null, INVITATION_LOCALE),
                messages.getMessage("account.invite.mail.body", new Object[] {holder.displayName(), collaborationName,
                        baseUrl + PATH + token, INVITATION_LIFETIME.toHours()}, INVITATION_LOCALE),
                null);
        jdbc.sql("""
                INSERT INTO password_reset_token (token_hash, staff_id, created_at, expires_at, purpose, outbox_mail_id)
                VALUES (:hash, :s, :now, :expires, 'INVITATION', :m)
                """)
                .param("hash", ApiTokens.hash(token)).param("s", staffId).param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(INVITATION_LIFETIME))).param("m", mail).update();
        audit.record(collaborationId, actor, "staff.invite", "staff_account", staffId, "sent");
        maskSpentLinks();
    }

    /**
     * The accounts of this collaboration that still wait for their owner's own password, with
     * whether the last invitation's link has expired (then the administrator may send a new one).
     */
    java.util.Map<UUID, Boolean> waitingForPassword(UUID collaborationId) {
        var expiredBefore = Timestamp.from(clock.instant().minus(INVITATION_LIFETIME));
        record Waiting(UUID staffId, boolean expired) {}
        return jdbc.sql("""
                SELECT s.id, s.invited_at <= :before FROM staff_account s JOIN membership m ON m.staff_id = s.id
                WHERE m.collaboration_id = :c AND s.invited_at IS NOT NULL
                """)
                .param("c", collaborationId).param("before", expiredBefore)
                .query((rs, n) -> new Waiting(rs.getObject(1, UUID.class), rs.getBoolean(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Waiting::staffId, Waiting::expired));
    }

    /**
     * The outbox keeps the mails it sent, and a link in them would be the one copy of a token
     * outside the person's mailbox: once a link is used or expired, its mail keeps only a
     * masked link. Old tokens are then removed, which keeps the table small.
     */
    @org.springframework.scheduling.annotation.Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
    @Transactional
    void maskSpentLinks() {
        var now = Timestamp.from(clock.instant());
        jdbc.sql("""
                UPDATE password_reset_token t SET outbox_mail_id = NULL
                FROM (SELECT token_hash, outbox_mail_id FROM password_reset_token
                      WHERE outbox_mail_id IS NOT NULL AND (used_at IS NOT NULL OR expires_at <= :now) FOR UPDATE) spent
                WHERE t.token_hash = spent.token_hash RETURNING spent.outbox_mail_id
                """)
                .param("now", now).query(UUID.class).list()
                .forEach(mail -> outbox.rewriteBody(mail, PasswordResets::maskLinks));
        jdbc.sql("DELETE FROM password_reset_token WHERE expires_at < :before")
                .param("before", Timestamp.from(clock.instant().minus(Duration.ofDays(1)))).update();
    }

    /** Replaces every reset link's token by an ellipsis; the rest of the text stays readable. */
    static String maskLinks(String text) {
        return LINK.matcher(text).replaceAll(java.util.regex.Matcher.quoteReplacement(PATH) + "\u2026");
    }

    private static boolean plausible(String token) {
        return token != null && token.length() >= 20 && token.length() <= 100;
    }

    private static String newToken() {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }
}
