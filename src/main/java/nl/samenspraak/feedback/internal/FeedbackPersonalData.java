package nl.samenspraak.feedback.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.input.Input;
import nl.samenspraak.input.InputContacts;
import nl.samenspraak.input.InputViews;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.resident.PersonalDataHolder;
import nl.samenspraak.resident.PersonalDataSection;
import nl.samenspraak.resident.PersonalDataSection.Field;
import nl.samenspraak.resident.PersonalDataSection.PersonalDataRecord;
import nl.samenspraak.resident.ResidentIdentity;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How an author was told about the answers to their inputs (e-mails, letters, calls), and the
 * printed letters themselves: a batch PDF holds names and postal addresses, so erasing one of
 * its authors removes the whole PDF and leaves the batch row, marked, for staff. Runs before the
 * input module erases the contact details through which the author's inputs are found.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FeedbackPersonalData implements PersonalDataHolder {


    private final JdbcClient jdbc;
    private final InputContacts contacts;
    private final InputViews inputs;
    private final AuditTrail audit;
    private final Clock clock;

    FeedbackPersonalData(JdbcClient jdbc, InputContacts contacts, InputViews inputs, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.contacts = contacts;
        this.inputs = inputs;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<PersonalDataSection> export(ResidentIdentity who) {
        List<UUID> ids = contacts.inputsOf(who.collaborationId(), who.email(), who.phone(), who.name(), who.postalAddress());
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Input> byId = inputs.findAll(who.collaborationId(), ids);
        List<PersonalDataRecord> records = jdbc.sql("""
                SELECT n.input_id, n.channel, n.state, n.kind, n.message, n.created_at, n.done_at, b.created_at AS printed_at
                FROM notification n LEFT JOIN letter_batch b ON b.id = n.letter_batch_id
                WHERE n.collaboration_id = :c AND n.input_id IN (:ids) ORDER BY n.created_at, n.id
                """)
                .param("c", who.collaborationId()).param("ids", ids)
                .query((rs, n) -> {
                    Input input = byId.get(rs.getObject("input_id", UUID.class));
                    return new PersonalDataRecord(List.of(
                            new Field("feedback.privacy.followCode", input == null ? null : input.followCode().display()),
                            Field.coded("feedback.privacy.kind", "feedback.notice.kind." + rs.getString("kind")),
                            Field.coded("feedback.privacy.channel", "feedback.privacy.channel." + rs.getString("channel")),
                            new Field("feedback.privacy.message", rs.getString("message")),
                            Field.coded("feedback.privacy.state", "feedback.privacy.state." + rs.getString("state")),
                            Field.at("feedback.privacy.createdAt", moment(rs.getTimestamp("created_at"))),
                            Field.at("feedback.privacy.doneAt", moment(rs.getTimestamp("done_at"))),
                            Field.at("feedback.privacy.printedAt", moment(rs.getTimestamp("printed_at")))));
                })
                .list();
        return records.isEmpty() ? List.of() : List.of(new PersonalDataSection("feedback.privacy.notifications", records));
    }

    @Override
    public void erase(ResidentIdentity who) {
        List<UUID> ids = contacts.inputsOf(who.collaborationId(), who.email(), who.phone(), who.name(), who.postalAddress());
        if (ids.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        List<UUID> batches = jdbc.sql("""
                UPDATE letter_batch SET pdf = NULL, pdf_removed_at = :now
                WHERE collaboration_id = :c AND pdf IS NOT NULL AND id IN (
                    SELECT letter_batch_id FROM notification WHERE collaboration_id = :c AND input_id IN (:ids))
                RETURNING id
                """)
                .param("now", now).param("c", who.collaborationId()).param("ids", ids).query(UUID.class).list();
        // A letter not yet printed or a call not yet made would go to nobody: they leave the queues.
        jdbc.sql("""
                UPDATE notification SET done_at = :now
                WHERE collaboration_id = :c AND input_id IN (:ids) AND done_at IS NULL AND channel IN ('POST', 'PHONE')
                """)
                .param("now", now).param("c", who.collaborationId()).param("ids", ids).update();
        // A notice's text may greet the author by name or quote their input.
        jdbc.sql("""
                UPDATE notification SET heading = NULL, message = NULL
                WHERE collaboration_id = :c AND input_id IN (:ids) AND (heading IS NOT NULL OR message IS NOT NULL)
                """)
                .param("c", who.collaborationId()).param("ids", ids).update();
        for (UUID batch : batches) {
            audit.record(who.collaborationId(), "privacy", "letters.pdf-removed", "letter_batch", batch, "author-erased");
        }
    }

    private static java.time.Instant moment(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
