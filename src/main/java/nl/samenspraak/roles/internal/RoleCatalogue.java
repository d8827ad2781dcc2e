package nl.samenspraak.roles.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.samenspraak.collaboration.CollaborationId;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.platform.Dates;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.platform.Text;
import nl.samenspraak.roles.HolderKind;
import nl.samenspraak.roles.Holding;
import nl.samenspraak.roles.RoleKind;
import nl.samenspraak.roles.RoleSummary;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A collaboration's catalogue of roles and who held them when. The catalogue fills itself with the seven standard
 * roles the first time it is read. Roles are archived, never deleted; holdings are ended, never deleted.
 */
@Component
public class RoleCatalogue {

    static final int NAME = 100;
    static final int TEXT = 2_000;
    /** Dates before this are typing errors: no collaboration on the platform is that old. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    /** Standard roles in catalogue order, with whether each is a decision role and who may hold it. */
    private record Standard(RoleKind kind, boolean decision, boolean residents, boolean staff) {}

    private static final List<Standard> STANDARD = List.of(
            new Standard(RoleKind.COORDINATOR, true, false, true),
            new Standard(RoleKind.RESIDENT_MEMBER, false, true, false),
            new Standard(RoleKind.EXPERIENCED_EXPERT, false, true, false),
            new Standard(RoleKind.KEY_PERSON, false, true, true),
            new Standard(RoleKind.RESIDENT_BOARD_MEMBER, true, true, false),
            new Standard(RoleKind.SOUNDING_BOARD_MEMBER, false, true, false),
            new Standard(RoleKind.PROFESSIONAL, false, false, true));

    private final JdbcClient jdbc;
    private final Clock clock;
    private final MessageSource messages;
    private final AuditTrail audit;

    RoleCatalogue(JdbcClient jdbc, Clock clock, MessageSource messages, AuditTrail audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.messages = messages;
        this.audit = audit;
    }

    // ---- the facade's reads ----

    public List<RoleSummary> summaries(CollaborationId collaboration) {
        Locale locale = LocaleContextHolder.getLocale();
        return roles(collaboration.value(), false).stream()
                .map(r -> new RoleSummary(r.id(), r.kind().name(), name(r, locale), expected(r, locale), offered(r, locale),
                        r.decisionRole(), r.forResidents(), r.residentsNow(), r.staffNow()))
                .toList();
    }

    public List<Holding> holdings(CollaborationId collaboration) {
        return jdbc.sql("""
                SELECT h.role_id, r.kind, h.holder_kind, r.decision_role, h.from_date, h.until_date, h.commitment_id
                FROM roles_holding h JOIN roles_role r ON r.id = h.role_id
                WHERE h.collaboration_id = :c ORDER BY h.from_date, h.created_at
                """)
                .param("c", collaboration.value())
                .query((rs, n) -> new Holding(rs.getObject("role_id", UUID.class), RoleKind.valueOf(rs.getString("kind")),
                        HolderKind.valueOf(rs.getString("holder_kind")), rs.getBoolean("decision_role"),
                        rs.getObject("from_date", LocalDate.class), rs.getObject("until_date", LocalDate.class),
                        rs.getObject("commitment_id") != null))
                .list();
    }

    public int residentsInDecisionRoles(CollaborationId collaboration, LocalDate on) {
        // An erased resident's holding has no resident id left; it still counts, as one person.
        return jdbc.sql("""
                SELECT count(DISTINCT coalesce(h.resident_id, h.id)) FROM roles_holding h JOIN roles_role r ON r.id = h.role_id
                WHERE h.collaboration_id = :c AND h.holder_kind = 'RESIDENT' AND r.decision_role
                  AND h.from_date <= :on AND (h.until_date IS NULL OR h.until_date >= :on)
                """)
                .param("c", collaboration.value()).param("on", on)
                .query(Integer.class).single();
    }

    /**
     * Distinct residents in a decision role on each of {@code days}, and the first day any resident held one (null
     * when none ever did): one statement for a whole trend, instead of one per day.
     */
    public nl.samenspraak.roles.DecisionRoleCounts residentsInDecisionRoles(CollaborationId collaboration,
                                                                            List<LocalDate> days) {
        java.util.Map<LocalDate, Integer> counts = new java.util.LinkedHashMap<>();
        LocalDate[] since = new LocalDate[1];
        if (days.isEmpty()) {
            return new nl.samenspraak.roles.DecisionRoleCounts(null, counts);
        }
        // An erased resident's holding has no resident id left; it still counts, as one person.
        jdbc.sql("""
                WITH held AS (
                  SELECT coalesce(h.resident_id, h.id) AS who, h.from_date, h.until_date
                  FROM roles_holding h JOIN roles_role r ON r.id = h.role_id
                  WHERE h.collaboration_id = :c AND h.holder_kind = 'RESIDENT' AND r.decision_role)
                SELECT d.day,
                       (SELECT count(DISTINCT who) FROM held
                        WHERE held.from_date <= d.day AND (held.until_date IS NULL OR held.until_date >= d.day)) AS residents,
                       (SELECT min(from_date) FROM held) AS since
                FROM unnest(CAST(CAST(:days AS text[]) AS date[])) AS d(day)
                """)
                .param("c", collaboration.value())
                .param("days", days.stream().map(LocalDate::toString).toArray(String[]::new))
                .query((rs, n) -> {
                    counts.put(rs.getObject("day", LocalDate.class), rs.getInt("residents"));
                    since[0] = rs.getObject("since", LocalDate.class);
                    return null;
                }).list();
        return new nl.samenspraak.roles.DecisionRoleCounts(since[0], counts);
    }

    // ---- words ----

    String name(RoleRow role, Locale locale) {
        return role.name() != null ? role.name() : standardText(role.kind(), "name", locale);
    }

    String expected(RoleRow role, Locale locale) {
        return role.expected() != null ? role.expected() : standardText(role.kind(), "expected", locale);
    }

    String offered(RoleRow role, Locale locale) {
        return role.offered() != null ? role.offered() : standardText(role.kind(), "offered", locale);
    }

    String standardText(RoleKind kind, String field, Locale locale) {
        return messages.getMessage("roles.standard." + kind.name() + "." + field, null, locale);
    }

    // ---- the catalogue ----

    LocalDate today() {
        return LocalDate.now(clock.withZone(Dates.ZONE));
    }

    /** The roles in catalogue order, archived ones last or left out; fills the catalogue when it is empty. */
    List<RoleRow> roles(UUID collaborationId, boolean withArchived) {
        fill(collaborationId);
        return jdbc.sql("""
                SELECT r.*,
                    (SELECT count(DISTINCT coalesce(h.resident_id, h.id)) FROM roles_holding h WHERE h.role_id = r.id
                        AND h.holder_kind = 'RESIDENT' AND h.from_date <= :today
                        AND (h.until_date IS NULL OR h.until_date >= :today)) AS residents_now,
                    (SELECT count(DISTINCT h.staff_id) FROM roles_holding h WHERE h.role_id = r.id
                        AND h.holder_kind = 'STAFF' AND h.from_date <= :today
                        AND (h.until_date IS NULL OR h.until_date >= :today)) AS staff_now,
                    (SELECT count(*) FROM roles_holding h WHERE h.role_id = r.id) AS ever_held
                FROM roles_role r
                WHERE r.collaboration_id = :c AND (:all OR r.archived_at IS NULL)
                ORDER BY r.archived_at IS NOT NULL, r.position, r.created_at
                """)
                .param("c", collaborationId).param("today", today()).param("all", withArchived)
                .query(ROLE).list();
    }

    Optional<RoleRow> find(UUID collaborationId, UUID roleId) {
        return roles(collaborationId, true).stream().filter(r -> r.id().equals(roleId)).findFirst();
    }

    /** Adds the standard roles a collaboration does not have yet; two callers at once add them once. */
    @Transactional
    void fill(UUID collaborationId) {
        int present = jdbc.sql("SELECT count(*) FROM roles_role WHERE collaboration_id = :c AND kind <> 'CUSTOM'")
                .param("c", collaborationId).query(Integer.class).single();
        if (present >= STANDARD.size()) {
            return;
        }
        int position = 0;
        for (Standard s : STANDARD) {
            position += 10;
            jdbc.sql("""
                    INSERT INTO roles_role (id, collaboration_id, kind, decision_role, for_residents, for_staff, position, created_at)
                    VALUES (:id, :c, :kind, :decision, :residents, :staff, :position, :now)
                    ON CONFLICT (collaboration_id, kind) WHERE kind <> 'CUSTOM' DO NOTHING
                    """)
                    .param("id", UUID.randomUUID()).param("c", collaborationId).param("kind", s.kind().name())
                    .param("decision", s.decision()).param("residents", s.residents()).param("staff", s.staff())
                    .param("position", position).param("now", Timestamp.from(clock.instant()))
                    .update();
        }
    }

    /** Adds a role of the coordinator's own; all three texts are needed. */
    @Transactional
    UUID addCustom(UUID collaborationId, RoleText text, String actor) {
        RoleText checked = check(null, text);
        fill(collaborationId);
        UUID id = UUID.randomUUID();
        int position = jdbc.sql("SELECT coalesce(max(position), 0) + 10 FROM roles_role WHERE collaboration_id = :c")
                .param("c", collaborationId).query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO roles_role (id, collaboration_id, kind, name, expected, offered, decision_role, for_residents,
                    for_staff, position, created_at)
                VALUES (:id, :c, 'CUSTOM', :name, :expected, :offered, :decision, :residents, :staff, :position, :now)
                """)
                .param("id", id).param("c", collaborationId).param("name", checked.name())
                .param("expected", checked.expected()).param("offered", checked.offered())
                .param("decision", checked.decisionRole()).param("residents", checked.forResidents())
                .param("staff", checked.forStaff()).param("position", position)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        audit.record(collaborationId, actor, "roles.role.add", "roles_role", id, "CUSTOM");
        return id;
    }

    /**
     * Changes a role's words and marks. For a standard role, a text equal to the standard Dutch words is kept as
     * "standard", so that English readers keep the English words.
     */
    @Transactional
    void edit(UUID collaborationId, UUID roleId, RoleText text, String actor) {
        RoleRow role = find(collaborationId, roleId).orElseThrow(NotFoundException::new);
        if (role.archived()) {
            throw new InvalidRoleException("name", "roles.error.archived");
        }
        RoleText checked = check(role, text);
        jdbc.sql("""
                UPDATE roles_role SET name = :name, expected = :expected, offered = :offered, decision_role = :decision,
                    for_residents = :residents, for_staff = :staff
                WHERE id = :id AND collaboration_id = :c
                """)
                .param("id", roleId).param("c", collaborationId).param("name", checked.name())
                .param("expected", checked.expected()).param("offered", checked.offered())
                .param("decision", checked.decisionRole()).param("residents", checked.forResidents())
                .param("staff", checked.forStaff())
                .update();
        audit.record(collaborationId, actor, "roles.role.edit", "roles_role", roleId, role.kind().name());
    }

    /** Takes a role out of the catalogue; its history stays. Only when nobody holds it any more. */
    @Transactional
    void archive(UUID collaborationId, UUID roleId, String actor) {
        RoleRow role = find(collaborationId, roleId).orElseThrow(NotFoundException::new);
        if (role.archived()) {
            return;
        }
        boolean held = jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM roles_holding WHERE role_id = :r AND collaboration_id = :c
                    AND (until_date IS NULL OR until_date >= :today))
                """)
                .param("r", roleId).param("c", collaborationId).param("today", today()).query(Boolean.class).single();
        if (held) {
            throw new InvalidRoleException("archive", "roles.error.stillHeld");
        }
        jdbc.sql("UPDATE roles_role SET archived_at = :now WHERE id = :id AND collaboration_id = :c")
                .param("now", Timestamp.from(clock.instant())).param("id", roleId).param("c", collaborationId).update();
        audit.record(collaborationId, actor, "roles.role.archive", "roles_role", roleId, role.kind().name());
    }

    /** Applies the form's rules without storing anything. */
    void checkOnly(RoleRow role, RoleText text) {
        check(role, text);
    }

    private RoleText check(RoleRow role, RoleText text) {
        Locale dutch = Locale.forLanguageTag("nl");
        String name = Text.cleanOrNull(text.name());
        String expected = Text.cleanOrNull(text.expected());
        String offered = Text.cleanOrNull(text.offered());
        if (role == null || !role.standard()) {
            if (name == null) {
                throw new InvalidRoleException("name", "roles.error.nameRequired");
            }
            if (expected == null) {
                throw new InvalidRoleException("expected", "roles.error.expectedRequired");
            }
            if (offered == null) {
                throw new InvalidRoleException("offered", "roles.error.offeredRequired");
            }
        }
        if (name != null && name.length() > NAME) {
            throw new InvalidRoleException("name", "roles.error.nameTooLong");
        }
        if (expected != null && expected.length() > TEXT) {
            throw new InvalidRoleException("expected", "roles.error.textTooLong");
        }
        if (offered != null && offered.length() > TEXT) {
            throw new InvalidRoleException("offered", "roles.error.textTooLong");
        }
        if (!text.forResidents() && !text.forStaff()) {
            throw new InvalidRoleException("forResidents", "roles.error.nobody");
        }
        if (role != null && role.standard()) {
            name = name == null || name.equals(standardText(role.kind(), "name", dutch)) ? null : name;
            expected = expected == null || expected.equals(standardText(role.kind(), "expected", dutch)) ? null : expected;
            offered = offered == null || offered.equals(standardText(role.kind(), "offered", dutch)) ? null : offered;
        }
        boolean decision = role != null && role.decisionFixed() || text.decisionRole();
        return new RoleText(name, expected, offered, decision, text.forResidents(), text.forStaff());
    }

    // ---- holdings ----

    /** Every holding of one role, ongoing first, then newest first. */
    List<HoldingRow> holdingsOf(UUID collaborationId, UUID roleId) {
        return jdbc.sql("""
                SELECT * FROM roles_holding WHERE collaboration_id = :c AND role_id = :r
                ORDER BY until_date IS NOT NULL, coalesce(until_date, from_date) DESC, from_date DESC
                """)
                .param("c", collaborationId).param("r", roleId).query(HOLDING).list();
    }

    /**
     * Records that someone holds a role from {@code from} (until {@code until}, or ongoing when null). The caller has
     * checked that the resident, staff member or commitment belongs to the collaboration.
     */
    @Transactional
    UUID addHolding(UUID collaborationId, UUID roleId, NewHolding holding, String actor) {
        RoleRow role = find(collaborationId, roleId).orElseThrow(NotFoundException::new);
        if (role.archived()) {
            throw new InvalidRoleException("holder", "roles.error.archived");
        }
        if (holding.kind() == HolderKind.RESIDENT && !role.forResidents()) {
            throw new InvalidRoleException("holder", "roles.error.notForResidents");
        }
        if (holding.kind() == HolderKind.STAFF && !role.forStaff()) {
            throw new InvalidRoleException("holder", "roles.error.notForStaff");
        }
        checkDates(holding.from(), holding.until(), "from", "until");
        boolean overlapping = jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM roles_holding WHERE collaboration_id = :c AND role_id = :r
                    AND (resident_id = :resident OR staff_id = :staff)
                    AND (until_date IS NULL OR until_date >= :from)
                    AND (CAST(:until AS date) IS NULL OR from_date <= :until))
                """)
                .param("c", collaborationId).param("r", roleId).param("resident", holding.residentId())
                .param("staff", holding.staffId()).param("from", holding.from()).param("until", holding.until())
                .query(Boolean.class).single();
        if (overlapping) {
            throw new InvalidRoleException("holder", "roles.error.alreadyHolds");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO roles_holding (id, collaboration_id, role_id, holder_kind, resident_id, staff_id, commitment_id,
                    from_date, until_date, created_by, created_at)
                VALUES (:id, :c, :r, :kind, :resident, :staff, :commitment, :from, :until, :actor, :now)
                """)
                .param("id", id).param("c", collaborationId).param("r", roleId).param("kind", holding.kind().name())
                .param("resident", holding.residentId()).param("staff", holding.staffId())
                .param("commitment", holding.commitmentId()).param("from", holding.from()).param("until", holding.until())
                .param("actor", actor).param("now", Timestamp.from(clock.instant()))
                .update();
        audit.record(collaborationId, actor, "roles.holding.add", "roles_holding", id, holding.kind().name());
        return id;
    }

    /** Ends an ongoing holding on {@code until} (its last day); the holding stays as history. */
    @Transactional
    void endHolding(UUID collaborationId, UUID roleId, UUID holdingId, LocalDate until, String actor) {
        HoldingRow holding = holdingsOf(collaborationId, roleId).stream().filter(h -> h.id().equals(holdingId))
                .findFirst().orElseThrow(NotFoundException::new);
        if (holding.until() != null && holding.until().isBefore(today())) {
            throw new InvalidRoleException("until", "roles.error.alreadyEnded");
        }
        if (until == null) {
            throw new InvalidRoleException("until", "roles.error.date");
        }
        checkDates(holding.from(), until, "until", "until");
        jdbc.sql("UPDATE roles_holding SET until_date = :until WHERE id = :id AND collaboration_id = :c")
                .param("until", until).param("id", holdingId).param("c", collaborationId).update();
        audit.record(collaborationId, actor, "roles.holding.end", "roles_holding", holdingId, until.toString());
    }

    private void checkDates(LocalDate from, LocalDate until, String fromField, String untilField) {
        LocalDate latest = today().plusYears(1);
        if (from == null || from.isBefore(EARLIEST) || from.isAfter(latest)) {
            throw new InvalidRoleException(fromField, "roles.error.date");
        }
        if (until != null && until.isBefore(from)) {
            throw new InvalidRoleException(untilField, "roles.error.untilBeforeFrom");
        }
        if (until != null && until.isAfter(today().plusYears(10))) {
            throw new InvalidRoleException(untilField, "roles.error.date");
        }
    }

    /** A new holding: exactly one of resident and staff member. */
    record NewHolding(HolderKind kind, UUID residentId, UUID staffId, UUID commitmentId, LocalDate from, LocalDate until) {}

    // ---- personal data ----

    List<HoldingRow> holdingsOfResident(UUID collaborationId, UUID residentId) {
        return jdbc.sql("SELECT * FROM roles_holding WHERE collaboration_id = :c AND resident_id = :r ORDER BY from_date")
                .param("c", collaborationId).param("r", residentId).query(HOLDING).list();
    }

    void forgetResident(UUID collaborationId, UUID residentId) {
        jdbc.sql("UPDATE roles_holding SET resident_id = NULL, commitment_id = NULL WHERE collaboration_id = :c AND resident_id = :r")
                .param("c", collaborationId).param("r", residentId).update();
    }

    private static final RowMapper<RoleRow> ROLE = (rs, n) -> new RoleRow(rs.getObject("id", UUID.class),
            RoleKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("expected"), rs.getString("offered"),
            rs.getBoolean("decision_role"), rs.getBoolean("for_residents"), rs.getBoolean("for_staff"),
            rs.getInt("position"), rs.getTimestamp("archived_at") != null, rs.getInt("residents_now"),
            rs.getInt("staff_now"), rs.getInt("ever_held"));

    private static final RowMapper<HoldingRow> HOLDING = (rs, n) -> new HoldingRow(rs.getObject("id", UUID.class),
            rs.getObject("role_id", UUID.class), HolderKind.valueOf(rs.getString("holder_kind")),
            rs.getObject("resident_id", UUID.class), rs.getObject("staff_id", UUID.class),
            rs.getObject("commitment_id", UUID.class), rs.getObject("from_date", LocalDate.class),
            rs.getObject("until_date", LocalDate.class));
}
