package nl.samenspraak.ripple.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.samenspraak.resident.PersonalDataHolder;
import nl.samenspraak.resident.PersonalDataSection;
import nl.samenspraak.resident.PersonalDataSection.Field;
import nl.samenspraak.resident.PersonalDataSection.PersonalDataRecord;
import nl.samenspraak.resident.ResidentIdentity;
import nl.samenspraak.resident.Residents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The names REM keeps: residents who took part or told an effect, by the first name they chose to give. They
 * are typed during a session, not linked to a resident record, so a resident is found by their name: the whole
 * name or its first word, in their own collaboration. Erasure errs on the side of the resident: a namesake's
 * first name goes too, and the row stays as "een inwoner".
 */
@Component
class RipplePersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;
    private final Residents residents;

    RipplePersonalData(JdbcClient jdbc, Residents residents) {
        this.jdbc = jdbc;
        this.residents = residents;
    }

    /** The names a resident may have been written down by, lower case. */
    private List<String> names(ResidentIdentity who) {
        Set<String> names = new LinkedHashSet<>();
        List<String> full = new ArrayList<>();
        if (who.name() != null) {
            full.add(who.name());
        }
        if (who.residentId() != null) {
            residents.find(who.collaborationId(), who.residentId()).map(r -> r.name())
                    .filter(n -> n != null && !n.isBlank()).ifPresent(full::add);
        }
        for (String name : full) {
            String clean = name.strip().toLowerCase(Locale.ROOT);
            if (!clean.isEmpty()) {
                names.add(clean);
                names.add(clean.split("\\s+")[0]);
            }
        }
        return List.copyOf(names);
    }

    @Override
    public List<PersonalDataSection> export(ResidentIdentity who) {
        List<String> names = names(who);
        if (names.isEmpty()) {
            return List.of();
        }
        List<PersonalDataRecord> sessions = jdbc.sql("""
                        SELECT s.title, s.held_on, p.name FROM ripple_participant p
                        JOIN ripple_session s ON s.id = p.session_id
                        WHERE p.collaboration_id = :c AND p.kind = 'RESIDENT' AND lower(p.name) IN (:names)
                        ORDER BY s.held_on, p.position
                        """)
                .param("c", who.collaborationId()).param("names", names)
                .query((rs, n) -> new PersonalDataRecord(List.of(
                        new Field("ripple.privacy.session", rs.getString(1)),
                        Field.on("ripple.privacy.date", rs.getDate(2).toLocalDate()),
                        new Field("ripple.privacy.name", rs.getString(3)))))
                .list();
        List<PersonalDataRecord> told = jdbc.sql("""
                        SELECT e.what_changed, e.story, e.teller_name, e.happened_on FROM ripple_effect e
                        WHERE e.collaboration_id = :c AND e.teller_kind = 'RESIDENT' AND lower(e.teller_name) IN (:names)
                        ORDER BY e.seq
                        """)
                .param("c", who.collaborationId()).param("names", names)
                .query((rs, n) -> new PersonalDataRecord(List.of(
                        new Field("ripple.privacy.effect", rs.getString(1)),
                        new Field("ripple.privacy.story", rs.getString(2)),
                        new Field("ripple.privacy.name", rs.getString(3)),
                        Field.on("ripple.privacy.date", rs.getDate(4).toLocalDate()))))
                .list();
        List<PersonalDataSection> sections = new ArrayList<>();
        if (!sessions.isEmpty()) {
            sections.add(new PersonalDataSection("ripple.privacy.participants", sessions));
        }
        if (!told.isEmpty()) {
            sections.add(new PersonalDataSection("ripple.privacy.tellers", told));
        }
        return sections;
    }

    /** The name goes; that a resident took part or told an effect stays, as "een inwoner". */
    @Override
    public void erase(ResidentIdentity who) {
        List<String> names = names(who);
        if (names.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        UPDATE ripple_participant SET name = NULL
                        WHERE collaboration_id = :c AND kind = 'RESIDENT' AND lower(name) IN (:names)
                        """)
                .param("c", who.collaborationId()).param("names", names).update();
        jdbc.sql("""
                        UPDATE ripple_effect SET teller_name = NULL
                        WHERE collaboration_id = :c AND teller_kind = 'RESIDENT' AND lower(teller_name) IN (:names)
                        """)
                .param("c", who.collaborationId()).param("names", names).update();
    }
}
