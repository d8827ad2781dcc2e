package nl.samenspraak.input.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.samenspraak.input.FollowCode;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.process.Process;
import nl.samenspraak.process.Processes;
import nl.samenspraak.resident.PersonalDataHolder;
import nl.samenspraak.resident.PersonalDataSection.Field;
import nl.samenspraak.resident.PersonalDataSection.PersonalDataRecord;
import nl.samenspraak.resident.PersonalDataSection;
import nl.samenspraak.resident.ResidentIdentity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An author's inputs, found through the contact details they gave with them (input contacts
 * are not linked to a resident record). Erasure deletes the contact details and keeps the
 * input text as an anonymous contribution; an answer still owed is cancelled, visibly to staff,
 * because nobody can be told any more.
 */
@Component
class InputPersonalData implements PersonalDataHolder {

    private static final String MATCH = ContactMatch.MATCH;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final Processes processes;

    InputPersonalData(JdbcClient jdbc, AuditTrail audit, Clock clock, Processes processes) {
        this.processes = processes;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<PersonalDataSection> export(ResidentIdentity who) {
        if (who.email() == null && who.phone() == null && who.postalAddress() == null) {
            return List.of();
        }
        // The process titles come from the process module's API, not from its table.
        Map<UUID, String> titles = processes.ofCollaboration(who.collaborationId()).stream()
                .collect(Collectors.toMap(Process::id, Process::title));
        List<PersonalDataRecord> records = jdbc.sql("""
                SELECT i.process_id, i.text, i.received_on, i.channel, i.follow_code, i.status, i.answer, i.contact_by,
                       c.name, c.email, c.phone, c.postal_address, c.consent_at, c.consent_purpose
                FROM input_contact c JOIN input i ON i.id = c.input_id
                WHERE """ + MATCH + " ORDER BY i.seq")
                .param("c", who.collaborationId()).param("email", who.email()).param("phone", digits(who.phone()))
                .param("name", ContactMatch.letters(who.name())).param("address", ContactMatch.letters(who.postalAddress()))
                .query((rs, n) -> new PersonalDataRecord(List.of(
                        new Field("input.privacy.process", titles.get(rs.getObject("process_id", UUID.class))),
                        new Field("input.privacy.text", rs.getString("text")),
                        Field.on("input.privacy.receivedOn", rs.getObject("received_on", java.time.LocalDate.class)),
                        Field.coded("input.privacy.channel", "input.channel." + rs.getString("channel")),
                        new Field("input.privacy.followCode", new FollowCode(rs.getString("follow_code")).display()),
                        Field.coded("input.privacy.status", "input.status." + rs.getString("status")),
                        new Field("input.privacy.answer", rs.getString("answer")),
                        Field.coded("input.privacy.contactBy", "input.contactBy." + rs.getString("contact_by")),
                        new Field("input.privacy.name", rs.getString("name")),
                        new Field("input.privacy.email", rs.getString("email")),
                        new Field("input.privacy.phone", rs.getString("phone")),
                        new Field("input.privacy.postalAddress", rs.getString("postal_address")),
                        Field.at("input.privacy.consentAt", rs.getTimestamp("consent_at").toInstant()),
                        new Field("input.privacy.consentPurpose", rs.getString("consent_purpose")))))
                .list();
        return records.isEmpty() ? List.of() : List.of(new PersonalDataSection("input.privacy.title", records));
    }

    @Override
    public void erase(ResidentIdentity who) {
        if (who.email() == null && who.phone() == null && who.postalAddress() == null) {
            return;
        }
        List<UUID> inputs = jdbc.sql("SELECT c.input_id FROM input_contact c WHERE " + MATCH + " FOR UPDATE")
                .param("c", who.collaborationId()).param("email", who.email()).param("phone", digits(who.phone()))
                .param("name", ContactMatch.letters(who.name())).param("address", ContactMatch.letters(who.postalAddress()))
                .query(UUID.class).list();
        if (inputs.isEmpty()) {
            return;
        }
        List<UUID> cancelled = jdbc.sql("""
                UPDATE input SET answer_cancelled_at = :now
                WHERE id IN (:ids) AND collaboration_id = :c AND answered_on IS NULL AND answer_cancelled_at IS NULL
                RETURNING id
                """)
                .param("now", Timestamp.from(clock.instant())).param("ids", inputs).param("c", who.collaborationId())
                .query(UUID.class).list();
        // Nobody to tell: a later answer must not be sent anywhere, so the author becomes anonymous.
        jdbc.sql("UPDATE input SET contact_by = 'NONE' WHERE id IN (:ids) AND collaboration_id = :c")
                .param("ids", inputs).param("c", who.collaborationId()).update();
        jdbc.sql("DELETE FROM input_contact WHERE input_id IN (:ids) AND collaboration_id = :c")
                .param("ids", inputs).param("c", who.collaborationId()).update();
        for (UUID input : cancelled) {
            audit.record(who.collaborationId(), "privacy", "input.answer-cancelled", "input", input, "author-erased");
        }
    }

    @Override
    public Set<UUID> collaborationsKnowing(String email) {
        if (email == null || email.isBlank()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT DISTINCT collaboration_id FROM input_contact WHERE lower(email) = lower(:e)")
                .param("e", email.strip()).query(UUID.class).list());
    }

    private static String digits(String phone) {
        return ContactMatch.digits(phone);
    }
}
