package nl.samenspraak.feedback.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.StaffAccounts;
import nl.samenspraak.feedback.NotificationState;
import nl.samenspraak.feedback.NoticeKind;
import nl.samenspraak.input.FollowCode;
import nl.samenspraak.input.Input;
import nl.samenspraak.input.InputContacts;
import nl.samenspraak.input.InputViews;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.platform.PersonalLinkMask;
import nl.samenspraak.process.Process;
import nl.samenspraak.process.Processes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Authors who want to hear the answer by phone. The list works as a queue: the oldest
 * first, at most {@link #SHOWN} at a time; a call ticked off makes room for the next.
 */
@Service
class CallList {

    static final int SHOWN = 100;
    static final int CALLED_SHOWN = 50;

    /** For an answer, {@code status} and {@code answer}; for another notice its heading and message. */
    record ToCall(UUID notificationId, NoticeKind kind, String name, String phone, FollowCode followCode,
                  String processTitle, String status, String answer) {
        /** For a tel: link: only the digits and a leading plus, as phones dial them. */
        public String tel() {
            return phone == null ? "" : phone.replaceAll("[^0-9+]", "");
        }
    }

    record Called(String name, FollowCode followCode, LocalDateTime calledAt, String calledBy) {}

    private record Row(UUID id, UUID inputId, Instant doneAt, UUID doneBy, NoticeKind kind, String heading,
                       String message) {}

    private final JdbcClient jdbc;
    private final InputViews inputs;
    private final InputContacts contacts;
    private final Processes processes;
    private final StaffAccounts staff;
    private final AnswerTexts texts;
    private final AuditTrail audit;
    private final Clock clock;

    CallList(JdbcClient jdbc, InputViews inputs, InputContacts contacts, Processes processes, StaffAccounts staff,
             AnswerTexts texts, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.inputs = inputs;
        this.contacts = contacts;
        this.processes = processes;
        this.staff = staff;
        this.texts = texts;
        this.audit = audit;
        this.clock = clock;
    }

    record View(List<ToCall> toCall, int total, List<Called> called) {
        /** The same list for viewers: who is to be called and their number are left out. */
        View withoutContactDetails() {
            return new View(toCall.stream().map(c -> new ToCall(c.notificationId(), c.kind(), null, null, c.followCode(),
                    c.processTitle(), c.status(), c.answer())).toList(), total,
                    called.stream().map(c -> new Called(null, c.followCode(), c.calledAt(), c.calledBy())).toList());
        }
    }

    View view(UUID collaborationId, java.util.Locale locale) {
        int total = jdbc.sql("""
                SELECT count(*) FROM notification
                WHERE collaboration_id = :c AND channel = 'PHONE' AND state = 'TO_CALL' AND done_at IS NULL
                """).param("c", collaborationId).query(Integer.class).single();
        List<Row> open = rows("""
                SELECT id, input_id, done_at, done_by, kind, heading, message FROM notification
                WHERE collaboration_id = :c AND channel = 'PHONE' AND state = 'TO_CALL' AND done_at IS NULL
                ORDER BY created_at, id LIMIT :limit
                """, collaborationId, SHOWN);
        List<Row> done = rows("""
                SELECT id, input_id, done_at, done_by, kind, heading, message FROM notification
                WHERE collaboration_id = :c AND channel = 'PHONE' AND done_at IS NOT NULL AND state = 'CALLED'
                ORDER BY done_at DESC LIMIT :limit
                """, collaborationId, CALLED_SHOWN);
        List<UUID> inputIds = Stream.concat(open.stream(), done.stream()).map(Row::inputId).distinct().toList();
        Map<UUID, Input> byId = inputs.findAll(collaborationId, inputIds);
        Map<UUID, InputContacts.Contact> contactOf = contacts.of(collaborationId, inputIds);
        Map<UUID, String> titles = processes.ofCollaboration(collaborationId).stream()
                .collect(Collectors.toMap(Process::id, Process::title));
        Map<UUID, String> staffNames = staff.staffOf(collaborationId).stream()
                .collect(Collectors.toMap(StaffAccounts.StaffMember::id, StaffAccounts.StaffMember::displayName));
        List<ToCall> toCall = new ArrayList<>();
        for (Row row : open) {
            Input input = byId.get(row.inputId());
            InputContacts.Contact contact = contactOf.get(row.inputId());
            if (input != null && contact != null) {
                boolean answer = row.kind() == NoticeKind.ANSWER;
                toCall.add(new ToCall(row.id(), row.kind(), contact.name(), contact.phone(), input.followCode(),
                        titles.getOrDefault(input.processId(), ""),
                        answer ? texts.status(input.status(), locale) : row.heading(),
                        // Read aloud by staff: a link in an answer must not be a resident's key.
                        PersonalLinkMask.masked(answer ? texts.answerWithReferral(input, locale) : row.message())));
            }
        }
        List<Called> called = new ArrayList<>();
        for (Row row : done) {
            Input input = byId.get(row.inputId());
            InputContacts.Contact contact = contactOf.get(row.inputId());
            if (input != null) {
                called.add(new Called(contact == null ? null : contact.name(), input.followCode(),
                        LocalDateTime.ofInstant(row.doneAt(), clock.getZone()),
                        staffNames.getOrDefault(row.doneBy(), "")));
            }
        }
        return new View(toCall, total, called);
    }

    /** Ticks off one call. Ticking off twice changes nothing; another collaboration's call is not found. */
    @Transactional
    void markCalled(CollaborationAccess access, UUID notificationId) {
        int changed = jdbc.sql("""
                UPDATE notification SET state = 'CALLED', done_at = :now, done_by = :by
                WHERE id = :id AND collaboration_id = :c AND channel = 'PHONE' AND state = 'TO_CALL' AND done_at IS NULL
                """)
                .param("now", java.sql.Timestamp.from(clock.instant())).param("by", access.staffId())
                .param("id", notificationId).param("c", access.collaborationId())
                .update();
        if (changed == 1) {
            audit.record(access.collaborationId(), access.actor(), "notification.called", "notification",
                    notificationId, NotificationState.CALLED.name());
            return;
        }
        boolean exists = jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM notification WHERE id = :id AND collaboration_id = :c AND channel = 'PHONE')
                """)
                .param("id", notificationId).param("c", access.collaborationId()).query(Boolean.class).single();
        if (!exists) {
            throw new NotFoundException();
        }
    }

    private List<Row> rows(String sql, UUID collaborationId, int limit) {
        return jdbc.sql(sql).param("c", collaborationId).param("limit", limit)
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("input_id", UUID.class),
                        rs.getTimestamp("done_at") == null ? null : rs.getTimestamp("done_at").toInstant(),
                        rs.getObject("done_by", UUID.class), NoticeKind.valueOf(rs.getString("kind")),
                        rs.getString("heading"), rs.getString("message")))
                .list();
    }
}
