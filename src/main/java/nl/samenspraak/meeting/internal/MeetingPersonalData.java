package nl.samenspraak.meeting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.resident.PersonalDataHolder;
import nl.samenspraak.resident.PersonalDataSection;
import nl.samenspraak.resident.PersonalDataSection.Field;
import nl.samenspraak.resident.PersonalDataSection.PersonalDataRecord;
import nl.samenspraak.resident.ResidentIdentity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What this module keeps about a resident: their registrations (with needs and attendance) and
 * which input raised at a meeting they asked an answer to.
 */
@Component
class MeetingPersonalData implements PersonalDataHolder {


    private final JdbcClient jdbc;
    private final Registrations registrations;

    MeetingPersonalData(JdbcClient jdbc, Registrations registrations) {
        this.jdbc = jdbc;
        this.registrations = registrations;
    }

    @Override
    public List<PersonalDataSection> export(ResidentIdentity who) {
        if (who.residentId() == null) {
            return List.of();
        }
        List<PersonalDataRecord> registrations = jdbc.sql("""
                SELECT r.id, m.title, m.starts_at, r.status, r.needs, r.needs_note, r.channel, r.registered_at,
                       r.attended, r.reminder_sent_at
                FROM meeting_registration r JOIN meeting m ON m.id = r.meeting_id
                WHERE r.resident_id = :r AND r.collaboration_id = :c ORDER BY r.seq
                """)
                .param("r", who.residentId()).param("c", who.collaborationId())
                .query((rs, n) -> new PersonalDataRecord(List.of(
                        new Field("meeting.privacy.meeting", rs.getString("title")),
                        Field.at("meeting.privacy.when", rs.getTimestamp("starts_at").toInstant()),
                        Field.coded("meeting.privacy.status", "meeting.privacy.registrationStatus." + rs.getString("status")),
                        Field.codedAll("meeting.privacy.needs", needKeys(rs.getString("needs"))),
                        new Field("meeting.privacy.needsNote", rs.getString("needs_note")),
                        Field.coded("meeting.privacy.channel", "meeting.channel." + rs.getString("channel")),
                        Field.at("meeting.privacy.registeredAt", rs.getTimestamp("registered_at").toInstant()),
                        Field.yesNo("meeting.privacy.attended", rs.getObject("attended") == null ? null : rs.getBoolean("attended")),
                        Field.at("meeting.privacy.reminderSentAt", rs.getTimestamp("reminder_sent_at") == null ? null
                                : rs.getTimestamp("reminder_sent_at").toInstant()))))
                .list();
        List<PersonalDataRecord> inputs = jdbc.sql("""
                SELECT m.title, i.input_id FROM meeting_input i JOIN meeting_registration r ON r.id = i.registration_id
                JOIN meeting m ON m.id = i.meeting_id
                WHERE r.resident_id = :r AND i.collaboration_id = :c ORDER BY i.seq
                """)
                .param("r", who.residentId()).param("c", who.collaborationId())
                .query((rs, n) -> new PersonalDataRecord(List.of(
                        new Field("meeting.privacy.meeting", rs.getString("title")),
                        new Field("meeting.privacy.input", rs.getObject("input_id", UUID.class).toString()))))
                .list();
        List<PersonalDataSection> sections = new ArrayList<>();
        if (!registrations.isEmpty()) {
            sections.add(new PersonalDataSection("meeting.privacy.registrations", registrations));
        }
        if (!inputs.isEmpty()) {
            sections.add(new PersonalDataSection("meeting.privacy.inputs", inputs));
        }
        return sections;
    }

    /**
     * Needs and notes go; places at meetings still to come are given up; the registration stays as an anonymous count (it points only to the
     * emptied resident record), and the link between an input and the person is cut.
     */
    @Override
    public void erase(ResidentIdentity who) {
        if (who.residentId() == null) {
            return;
        }
        // A place they can no longer be told about goes to the next one waiting.
        jdbc.sql("""
                SELECT r.id FROM meeting_registration r JOIN meeting m ON m.id = r.meeting_id
                WHERE r.resident_id = :r AND r.collaboration_id = :c AND r.status <> 'CANCELLED' AND m.status = 'PLANNED'
                """)
                .param("r", who.residentId()).param("c", who.collaborationId()).query(UUID.class).list()
                .forEach(id -> registrations.cancel(who.collaborationId(), id, null));
        jdbc.sql("""
                UPDATE meeting_input SET registration_id = NULL WHERE collaboration_id = :c AND registration_id IN
                    (SELECT id FROM meeting_registration WHERE resident_id = :r AND collaboration_id = :c)
                """)
                .param("r", who.residentId()).param("c", who.collaborationId()).update();
        jdbc.sql("""
                UPDATE meeting_registration SET needs = '', needs_note = NULL, needs_consent_at = NULL,
                    organisation_id = NULL, registered_by = NULL
                WHERE resident_id = :r AND collaboration_id = :c
                """)
                .param("r", who.residentId()).param("c", who.collaborationId()).update();
    }

    /** The stored needs ("DIET,INTERPRETER") as the message keys of their descriptions. */
    private static List<String> needKeys(String stored) {
        return stored == null || stored.isBlank() ? List.of()
                : java.util.Arrays.stream(stored.split(",")).map(need -> "meeting.need." + need.strip()).toList();
    }
}
