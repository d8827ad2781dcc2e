package nl.samenspraak.account;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.time.TimeProvider;
import dev.samstevens.totp.util.Utils;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.samenspraak.platform.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor of a staff account: a TOTP authenticator app (RFC 6238: SHA-1, 6 digits,
 * 30 seconds, one step of clock drift either way) plus ten one-time recovery codes. Required for
 * platform administrators and coordinators, who can reach the most personal data; optional for
 * others. Codes are checked against the app's {@link Clock}, so tests can move time.
 */
@Service
public class SecondFactor {

    /** The authority a session gets once its second factor is proven (Spring Security's factor type). */
    public static final String AUTHORITY = "FACTOR_TOTP";
    static final int PERIOD_SECONDS = 30;
    static final int RECOVERY_CODES = 10;
    /** Wrong codes in a row before the account's code step is slowed down, as with passwords. */
    public static final int FREE_ATTEMPTS = 5;
    static final Duration MAX_LOCK = Duration.ofMinutes(15);
    private static final String ISSUER = "Samenspraak";
    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");
    /** Recovery codes avoid look-alike characters, like follow codes: easy to copy from paper. */
    private static final char[] RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a staff member has and needs. */
    public record State(boolean enrolled, boolean required, int recoveryCodesLeft) {}

    /** How a login code was accepted, or that it was not. */
    public enum Outcome { APP_CODE, RECOVERY_CODE, WRONG, LOCKED }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;
    private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);
    private final TimeProvider time;

    SecondFactor(JdbcClient jdbc, Clock clock, AuditTrail audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.time = () -> clock.instant().getEpochSecond();
    }

    /** Whether an authentication has passed the second factor in this session. */
    public static boolean passed(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(AUTHORITY::equals);
    }

    /** The authority to add once the second factor is proven, dated now. */
    public GrantedAuthority proven() {
        return FactorGrantedAuthority.withAuthority(AUTHORITY).issuedAt(clock.instant()).build();
    }

    public State stateOf(UUID staffId) {
        return jdbc.sql("""
                SELECT s.totp_enrolled_at IS NOT NULL AS enrolled,
                       s.platform_admin OR EXISTS (SELECT 1 FROM membership m
                                                   WHERE m.staff_id = s.id AND m.role = 'COORDINATOR') AS required,
                       (SELECT count(*) FROM staff_recovery_code r WHERE r.staff_id = s.id AND r.used_at IS NULL) AS left_over
                FROM staff_account s WHERE s.id = :id
                """)
                .param("id", staffId)
                .query((rs, n) -> new State(rs.getBoolean("enrolled"), rs.getBoolean("required"), rs.getInt("left_over")))
                .optional().orElse(new State(false, false, 0));
    }

    /** A fresh secret for an authenticator app (160 bits, base32). Not stored until confirmed. */
    public String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    /** The QR code an authenticator app scans, as a data: URI of a PNG. */
    public String qrCode(String secret, String email) {
        QrData data = new QrData.Builder().label(email).secret(secret).issuer(ISSUER)
                .algorithm(HashingAlgorithm.SHA1).digits(6).period(PERIOD_SECONDS).build();
        try {
            ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
            generator.setImageSize(240);
            return Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("QR code could not be made", e);
        }
    }

    /**
     * Stores the secret once the person proved their app has it, and returns the recovery codes
     * (shown once; only their hashes are kept). Empty when the code does not fit the secret.
     */
    @Transactional
    public Optional<List<String>> enrol(UUID staffId, String secret, String typedCode, String actor) {
        Optional<Long> step = matchingStep(secret, typedCode, Long.MIN_VALUE);
        if (step.isEmpty()) {
            audit.record(null, actor, "staff.mfa.enrol", "staff_account", staffId, "wrong-code");
            return Optional.empty();
        }
        jdbc.sql("""
                UPDATE staff_account SET totp_secret = :secret, totp_enrolled_at = :now, totp_last_step = :step,
                       totp_failures = 0, totp_locked_until = NULL
                WHERE id = :id
                """)
                .param("secret", secret).param("now", Timestamp.from(clock.instant())).param("step", step.get())
                .param("id", staffId).update();
        List<String> recovery = replaceRecoveryCodes(staffId);
        audit.record(null, actor, "staff.mfa.enrol", "staff_account", staffId, "enrolled");
        return Optional.of(recovery);
    }

    /**
     * Checks a code typed at login: a current app code not used before, or an unused recovery
     * code (which is then used up). Wrong codes count towards slowing the account down.
     */
    @Transactional
    public Outcome verifyLogin(UUID staffId, String typed, String actor) {
        Optional<Factor> factor = lockedFactor(staffId);
        if (factor.isEmpty()) {
            return Outcome.WRONG;
        }
        if (factor.get().lockedUntil() != null && factor.get().lockedUntil().isAfter(clock.instant())) {
            return Outcome.LOCKED;
        }
        String code = typed == null ? "" : typed.replaceAll("[\\s-]", "").toLowerCase(java.util.Locale.ROOT);
        if (SIX_DIGITS.matcher(code).matches()) {
            if (acceptAppCode(staffId, factor.get(), code)) {
                succeeded(staffId);
                return Outcome.APP_CODE;
            }
        } else if (useRecoveryCode(staffId, code)) {
            succeeded(staffId);
            audit.record(null, actor, "staff.mfa.recovery-code", "staff_account", staffId, "used");
            return Outcome.RECOVERY_CODE;
        }
        failed(staffId);
        audit.record(null, actor, "staff.mfa.code", "staff_account", staffId, "wrong-code");
        return Outcome.WRONG;
    }

    /** Checks a current app code for an action on the staff member's own factor (or an API token). */
    @Transactional
    public boolean verifyAppCode(UUID staffId, String typed, String actor) {
        Optional<Factor> factor = lockedFactor(staffId);
        if (factor.isEmpty() || (factor.get().lockedUntil() != null && factor.get().lockedUntil().isAfter(clock.instant()))) {
            return false;
        }
        String code = typed == null ? "" : typed.replaceAll("\\s", "");
        if (SIX_DIGITS.matcher(code).matches() && acceptAppCode(staffId, factor.get(), code)) {
            succeeded(staffId);
            return true;
        }
        failed(staffId);
        audit.record(null, actor, "staff.mfa.code", "staff_account", staffId, "wrong-code");
        return false;
    }

    /** New recovery codes in place of the old ones, after a current app code. Empty when the code is wrong. */
    @Transactional
    public Optional<List<String>> renewRecoveryCodes(UUID staffId, String typedCode, String actor) {
        if (!verifyAppCode(staffId, typedCode, actor)) {
            return Optional.empty();
        }
        List<String> recovery = replaceRecoveryCodes(staffId);
        audit.record(null, actor, "staff.mfa.recovery-codes", "staff_account", staffId, "renewed");
        return Optional.of(recovery);
    }

    /** Switches the second factor off after a current app code; false when the code is wrong. */
    @Transactional
    public boolean disable(UUID staffId, String typedCode, String actor) {
        if (!verifyAppCode(staffId, typedCode, actor)) {
            return false;
        }
        clear(staffId);
        audit.record(null, actor, "staff.mfa.disable", "staff_account", staffId, "disabled");
        return true;
    }

    /** A platform administrator takes a lost factor away; the person enrols again at their next login. */
    @Transactional
    public boolean reset(UUID staffId, String actor) {
        if (!stateOf(staffId).enrolled()) {
            return false;
        }
        clear(staffId);
        audit.record(null, actor, "staff.mfa.reset", "staff_account", staffId, "reset-by-admin");
        return true;
    }

    /** The staff members of a collaboration who have a second factor, for the administrator's staff list. */
    public java.util.Set<UUID> enrolledStaffOf(UUID collaborationId) {
        return new java.util.HashSet<>(jdbc.sql("""
                SELECT s.id FROM membership m JOIN staff_account s ON s.id = m.staff_id
                WHERE m.collaboration_id = :c AND s.totp_enrolled_at IS NOT NULL
                """).param("c", collaborationId).query(UUID.class).list());
    }

    /** Whether an API token request needs a code: only for accounts that have a second factor. */
    public boolean enrolled(UUID staffId) {
        return stateOf(staffId).enrolled();
    }

    private record Factor(String secret, Long lastStep, Instant lockedUntil) {}

    /** Locks the row, so two requests with the same code cannot both use it. */
    private Optional<Factor> lockedFactor(UUID staffId) {
        return jdbc.sql("""
                SELECT totp_secret, totp_last_step, totp_locked_until FROM staff_account
                WHERE id = :id AND totp_secret IS NOT NULL FOR UPDATE
                """)
                .param("id", staffId)
                .query((rs, n) -> new Factor(rs.getString(1), (Long) rs.getObject(2),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()))
                .optional();
    }

    private boolean acceptAppCode(UUID staffId, Factor factor, String code) {
        long after = factor.lastStep() == null ? Long.MIN_VALUE : factor.lastStep();
        Optional<Long> step = matchingStep(factor.secret(), code, after);
        step.ifPresent(s -> jdbc.sql("UPDATE staff_account SET totp_last_step = :s WHERE id = :id")
                .param("s", s).param("id", staffId).update());
        return step.isPresent();
    }

    /** The time step (now, one before or one after) whose code this is, if later than {@code after}. */
    private Optional<Long> matchingStep(String secret, String typed, long after) {
        String code = typed == null ? "" : typed.replaceAll("\\s", "");
        if (!SIX_DIGITS.matcher(code).matches()) {
            return Optional.empty();
        }
        long now = Math.floorDiv(currentSeconds(), PERIOD_SECONDS);
        for (long step = now - 1; step <= now + 1; step++) {
            if (step > after && MessageDigest.isEqual(generate(secret, step).getBytes(), code.getBytes())) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    private long currentSeconds() {
        try {
            return time.getTime();
        } catch (RuntimeException e) {
            throw new IllegalStateException(e);
        }
    }

    private String generate(String secret, long step) {
        try {
            return codes.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("TOTP code could not be computed", e);
        }
    }

    private boolean useRecoveryCode(UUID staffId, String code) {
        if (code.length() != 10) {
            return false;
        }
        return jdbc.sql("""
                UPDATE staff_recovery_code SET used_at = :now
                WHERE staff_id = :s AND code_hash = :hash AND used_at IS NULL
                """)
                .param("now", Timestamp.from(clock.instant())).param("s", staffId).param("hash", ApiTokens.hash(code))
                .update() == 1;
    }

    private List<String> replaceRecoveryCodes(UUID staffId) {
        jdbc.sql("DELETE FROM staff_recovery_code WHERE staff_id = :s").param("s", staffId).update();
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            char[] raw = new char[10];
            for (int j = 0; j < raw.length; j++) {
                raw[j] = RECOVERY_ALPHABET[RANDOM.nextInt(RECOVERY_ALPHABET.length)];
            }
            String code = new String(raw);
            jdbc.sql("""
                    INSERT INTO staff_recovery_code (id, staff_id, code_hash, created_at) VALUES (:id, :s, :hash, :now)
                    """)
                    .param("id", UUID.randomUUID()).param("s", staffId).param("hash", ApiTokens.hash(code))
                    .param("now", Timestamp.from(clock.instant())).update();
            shown.add(code.substring(0, 5) + "-" + code.substring(5));
        }
        return shown;
    }

    private void clear(UUID staffId) {
        jdbc.sql("""
                UPDATE staff_account SET totp_secret = NULL, totp_enrolled_at = NULL, totp_last_step = NULL,
                       totp_failures = 0, totp_locked_until = NULL
                WHERE id = :id
                """).param("id", staffId).update();
        jdbc.sql("DELETE FROM staff_recovery_code WHERE staff_id = :s").param("s", staffId).update();
    }

    /** Each wrong code beyond the free attempts doubles the wait, up to {@link #MAX_LOCK}, as with passwords. */
    private void failed(UUID staffId) {
        int failures = jdbc.sql("UPDATE staff_account SET totp_failures = totp_failures + 1 WHERE id = :id RETURNING totp_failures")
                .param("id", staffId).query(Integer.class).optional().orElse(0);
        if (failures >= FREE_ATTEMPTS) {
            long seconds = Math.min(MAX_LOCK.toSeconds(), 30L << Math.min(failures - FREE_ATTEMPTS, 10));
            jdbc.sql("UPDATE staff_account SET totp_locked_until = :until WHERE id = :id")
                    .param("until", Timestamp.from(clock.instant().plusSeconds(seconds))).param("id", staffId).update();
        }
    }

    private void succeeded(UUID staffId) {
        jdbc.sql("UPDATE staff_account SET totp_failures = 0, totp_locked_until = NULL WHERE id = :id AND totp_failures > 0")
                .param("id", staffId).update();
    }
}
