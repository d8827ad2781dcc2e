package nl.samenspraak.pool.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.samenspraak.account.StaffAccounts;
import nl.samenspraak.account.StaffAccounts.StaffMember;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.platform.Outbox;
import nl.samenspraak.platform.Text;
import nl.samenspraak.pool.internal.Vocabulary.Role;
import nl.samenspraak.resident.Resident;
import nl.samenspraak.resident.ResidentMessages;
import nl.samenspraak.resident.Residents;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commitments (intentieverklaringen): staff propose, the resident agrees or declines through
 * a personal link, and either side may end it early. The contact person hears of every step
 * the resident takes; the resident hears of every step staff take.
 */
@Service
class Commitments {

    /** Who ended a commitment when it was the resident: staff are recorded by e-mail address. */
    static final String RESIDENT = "resident";
    static final int MAX_REASON = 1000;

    private final JdbcClient jdbc;
    private final PoolMembers members;
    private final Residents residents;
    private final ResidentMessages residentMessages;
    private final StaffAccounts staff;
    private final Collaborations collaborations;
    private final Outbox outbox;
    private final PoolTexts texts;
    private final AuditTrail audit;
    private final Clock clock;

    Commitments(JdbcClient jdbc, PoolMembers members, Residents residents, ResidentMessages residentMessages,
                StaffAccounts staff, Collaborations collaborations, Outbox outbox, PoolTexts texts, AuditTrail audit,
                Clock clock) {
        this.jdbc = jdbc;
        this.members = members;
        this.residents = residents;
        this.residentMessages = residentMessages;
        this.staff = staff;
        this.collaborations = collaborations;
        this.outbox = outbox;
        this.texts = texts;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional
    UUID propose(UUID collaborationId, CommitmentForm form, String actor) {
        Map<String, String> errors = form.check(today());
        if (!errors.isEmpty()) {
            Map.Entry<String, String> first = errors.entrySet().iterator().next();
            throw new InvalidPoolInputException(first.getKey(), first.getValue());
        }
        Member member = members.find(collaborationId, form.memberId()).filter(Member::active)
                .orElseThrow(() -> new InvalidPoolInputException("member", "pool.error.member"));
        if (staff.staffOf(collaborationId).stream().noneMatch(s -> s.id().equals(form.contactId()))) {
            throw new InvalidPoolInputException("contact", "pool.error.contact");
        }
        UUID id = UUID.randomUUID();
        Role role = form.roleValue();
        LocalDate endsOn = ActivityForm.dateOrNull(form.endsOn());
        jdbc.sql("""
                INSERT INTO pool_commitment (id, collaboration_id, member_id, role, role_other, starts_on, ends_on,
                    hours_per_month, support, training, reimbursement, contact_staff_id, expected, status, proposed_by, proposed_at)
                VALUES (:id, :c, :m, :role, :other, :starts, :ends, :hours, :support, :training, :reimbursement, :contact,
                    :expected, 'PROPOSED', :by, :now)
                """)
                .param("id", id).param("c", collaborationId).param("m", member.id()).param("role", role.name())
                .param("other", role == Role.OTHER ? Text.cleanOrNull(form.roleOther()) : null)
                .param("starts", ActivityForm.dateOrNull(form.startsOn())).param("ends", endsOn)
                .param("hours", ProfileForm.number(form.hoursPerMonth()))
                .param("support", Text.cleanOrNull(form.support())).param("training", Text.cleanOrNull(form.training()))
                .param("reimbursement", Text.cleanOrNull(form.reimbursement())).param("contact", form.contactId())
                .param("expected", Text.clean(form.expected())).param("by", actor)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        // The resident keeps the link for the whole period, to read the agreement and to end it.
        Duration valid = Duration.between(clock.instant(), endsOn.plusDays(31).atStartOfDay(clock.getZone()));
        String token = residents.issueLink(collaborationId, member.residentId(), PoolLinks.COMMITMENT, id, valid);
        Commitment commitment = find(collaborationId, id).orElseThrow();
        tellResident(commitment, member, "commitment", texts.url("/afspraak/" + token));
        audit.record(collaborationId, actor, "pool.commitment.propose", "pool_commitment", id, role.name());
        return id;
    }

    /** The resident agrees to a proposed commitment. */
    @Transactional
    void agree(UUID collaborationId, UUID commitmentId, UUID memberId) {
        Commitment c = ofMember(collaborationId, commitmentId, memberId);
        if (!c.proposed()) {
            throw new InvalidPoolInputException("answer", "pool.error.commitmentClosed");
        }
        jdbc.sql("UPDATE pool_commitment SET status = 'ACTIVE', agreed_at = :now WHERE id = :id AND collaboration_id = :c")
                .param("now", Timestamp.from(clock.instant())).param("id", c.id()).param("c", collaborationId).update();
        tellContact(c, "agreed");
        audit.record(collaborationId, RESIDENT, "pool.commitment.agree", "pool_commitment", c.id(), "ACTIVE");
    }

    /** The resident declines a proposal, optionally saying why. */
    @Transactional
    void decline(UUID collaborationId, UUID commitmentId, UUID memberId, String reason) {
        Commitment c = ofMember(collaborationId, commitmentId, memberId);
        if (!c.proposed()) {
            throw new InvalidPoolInputException("answer", "pool.error.commitmentClosed");
        }
        close(c, "DECLINED", RESIDENT, reason);
        tellContact(c, "declined");
    }

    /** The resident ends a commitment early, optionally saying why. */
    @Transactional
    void endByResident(UUID collaborationId, UUID commitmentId, UUID memberId, String reason) {
        Commitment c = ofMember(collaborationId, commitmentId, memberId);
        if (!c.open(today())) {
            throw new InvalidPoolInputException("reason", "pool.error.commitmentClosed");
        }
        close(c, c.proposed() ? "DECLINED" : "ENDED", RESIDENT, reason);
        tellContact(c, "ended");
    }

    /** Staff end a commitment (or take back a proposal); the resident is told. */
    @Transactional
    void endByStaff(UUID collaborationId, UUID commitmentId, String reason, String actor) {
        Commitment c = find(collaborationId, commitmentId).orElseThrow(NotFoundException::new);
        if (!c.open(today())) {
            throw new InvalidPoolInputException("reason", "pool.error.commitmentClosed");
        }
        close(c, "ENDED", actor, reason);
        Member member = members.find(collaborationId, c.memberId()).orElseThrow();
        residents.revokeLinks(member.residentId(), PoolLinks.COMMITMENT, c.id());
        tellResident(c, member, "commitmentEnded", Text.cleanOrNull(reason) == null ? "-" : Text.clean(reason));
    }

    private void close(Commitment c, String status, String by, String reason) {
        String r = Text.cleanOrNull(reason);
        if (r != null && r.length() > MAX_REASON) {
            throw new InvalidPoolInputException("reason", "pool.error.reasonTooLong");
        }
        jdbc.sql("""
                UPDATE pool_commitment SET status = :s, ended_at = :now, ended_by = :by, end_reason = :reason
                WHERE id = :id AND collaboration_id = :c
                """)
                .param("s", status).param("now", Timestamp.from(clock.instant())).param("by", by).param("reason", r)
                .param("id", c.id()).param("c", c.collaborationId()).update();
        audit.record(c.collaborationId(), by, "pool.commitment." + status.toLowerCase(Locale.ROOT), "pool_commitment",
                c.id(), status);
    }

    private Commitment ofMember(UUID collaborationId, UUID commitmentId, UUID memberId) {
        return find(collaborationId, commitmentId).filter(c -> c.memberId().equals(memberId))
                .orElseThrow(NotFoundException::new);
    }

    private void tellResident(Commitment c, Member member, String kind, String extra) {
        Resident resident = residents.find(c.collaborationId(), member.residentId()).orElseThrow();
        Locale locale = resident.locale();
        String collaboration = collaborations.findById(c.collaborationId()).orElseThrow().name();
        DateTimeFormatter date = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        PoolTexts.Message m = texts.compose(kind, locale, collaboration, roleName(c, locale),
                c.startsOn().format(date), c.endsOn().format(date), extra);
        residentMessages.send(c.collaborationId(), resident.id(), m.subject(), m.body(), null);
    }

    private void tellContact(Commitment c, String what) {
        String slug = collaborations.findById(c.collaborationId()).orElseThrow().slug();
        staff.staffOf(c.collaborationId()).stream().filter(s -> s.id().equals(c.contactStaffId())).findFirst()
                .ifPresent(contact -> {
                    PoolTexts.Message m = texts.compose("contact." + what, PoolTexts.STAFF,
                            roleName(c, PoolTexts.STAFF),
                            texts.url("/beheer/" + slug + "/afspraken/" + c.id()));
                    outbox.enqueue(c.collaborationId(), contact.email(), m.subject(), m.body(), null);
                });
    }

    String roleName(Commitment c, Locale locale) {
        return c.role() == Role.OTHER && c.roleOther() != null ? c.roleOther() : texts.text("pool.role." + c.role(), locale);
    }

    Optional<Commitment> find(UUID collaborationId, UUID commitmentId) {
        return jdbc.sql("SELECT * FROM pool_commitment WHERE id = :id AND collaboration_id = :c")
                .param("id", commitmentId).param("c", collaborationId).query(ROW).optional();
    }

    List<Commitment> ofMember(UUID collaborationId, UUID memberId) {
        return jdbc.sql("SELECT * FROM pool_commitment WHERE member_id = :m AND collaboration_id = :c ORDER BY seq DESC")
                .param("m", memberId).param("c", collaborationId).query(ROW).list();
    }

    PoolMembers.Page<Commitment> list(UUID collaborationId, Long before, int size) {
        List<Commitment> rows = jdbc.sql("""
                SELECT * FROM pool_commitment WHERE collaboration_id = :c AND (CAST(:before AS bigint) IS NULL OR seq < :before)
                ORDER BY seq DESC LIMIT :limit
                """)
                .param("c", collaborationId).param("before", before).param("limit", size + 1).query(ROW).list();
        if (rows.size() > size) {
            return new PoolMembers.Page<>(rows.subList(0, size), rows.get(size - 1).seq());
        }
        return new PoolMembers.Page<>(rows, null);
    }

    /** The staff a commitment may name as fixed contact person, by id. */
    Map<UUID, StaffMember> staffOf(UUID collaborationId) {
        Map<UUID, StaffMember> byId = new java.util.LinkedHashMap<>();
        staff.staffOf(collaborationId).forEach(s -> byId.put(s.id(), s));
        return byId;
    }

    static final RowMapper<Commitment> ROW = (rs, n) -> new Commitment(rs.getObject("id", UUID.class),
            rs.getObject("collaboration_id", UUID.class), rs.getObject("member_id", UUID.class),
            Role.valueOf(rs.getString("role")), rs.getString("role_other"), rs.getObject("starts_on", LocalDate.class),
            rs.getObject("ends_on", LocalDate.class), rs.getInt("hours_per_month"), rs.getString("support"),
            rs.getString("training"), rs.getString("reimbursement"), rs.getObject("contact_staff_id", UUID.class),
            rs.getString("expected"), rs.getString("status"), rs.getString("proposed_by"),
            rs.getTimestamp("proposed_at").toInstant(), instant(rs.getTimestamp("agreed_at")),
            instant(rs.getTimestamp("ended_at")), rs.getString("ended_by"), rs.getString("end_reason"),
            instant(rs.getTimestamp("reminder_sent_at")), rs.getLong("seq"));

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
