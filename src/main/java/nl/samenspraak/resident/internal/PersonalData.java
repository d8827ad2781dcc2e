package nl.samenspraak.resident.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.platform.Outbox;
import nl.samenspraak.resident.PersonalDataHolder;
import nl.samenspraak.resident.PersonalDataSection;
import nl.samenspraak.resident.PersonalDataSection.Field;
import nl.samenspraak.resident.PersonalDataSection.PersonalDataRecord;
import nl.samenspraak.resident.Resident;
import nl.samenspraak.resident.ResidentIdentity;
import nl.samenspraak.resident.Residents;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything the platform stores about one resident, gathered from this module and from every
 * {@link PersonalDataHolder}, and the erasure of all of it in one transaction.
 */
@Service
class PersonalData {

    /** How sure we are of who asks: an e-mail link proves the address only; staff check identity themselves. */
    enum Proof { EMAIL_LINK, STAFF }

    record Export(Resident resident, Instant at, List<PersonalDataSection> sections) {}

    private final JdbcClient jdbc;
    private final Residents residents;
    private final Demographics demographics;
    private final ObjectProvider<PersonalDataHolder> holders;
    private final Collaborations collaborations;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    PersonalData(JdbcClient jdbc, Residents residents, Demographics demographics, ObjectProvider<PersonalDataHolder> holders,
                 Collaborations collaborations, Outbox outbox, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.residents = residents;
        this.demographics = demographics;
        this.holders = holders;
        this.collaborations = collaborations;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Who the request is about. The phone number, name and postal address are only used to find
     * input with them when staff checked who they speak to: an e-mail link does not prove them.
     */
    static ResidentIdentity identity(Resident r, Proof proof) {
        boolean checked = proof == Proof.STAFF;
        return new ResidentIdentity(r.collaborationId(), r.id(), r.email(), checked ? r.phone() : null,
                checked ? r.name() : null, checked ? r.postalAddress() : null);
    }

    Export export(UUID collaborationId, UUID residentId, Proof proof) {
        Resident r = living(collaborationId, residentId);
        ResidentIdentity who = identity(r, proof);
        List<PersonalDataSection> sections = new ArrayList<>();
        sections.add(contact(r));
        demographics.find(collaborationId, residentId).ifPresent(a -> sections.add(demographicsSection(a)));
        addIfAny(sections, "resident.privacy.section.participation", participation(collaborationId, residentId));
        addIfAny(sections, "resident.privacy.section.messages", messages(collaborationId, residentId));
        addIfAny(sections, "resident.privacy.section.links", links(collaborationId, residentId));
        addIfAny(sections, "resident.privacy.section.mails", mails(collaborationId, r.email()));
        holders.orderedStream().forEach(h -> sections.addAll(h.export(who)));
        return new Export(r, clock.instant(), sections);
    }

    /**
     * Erases the resident: every module's data, then this module's; the resident row stays as an
     * empty tombstone so that kept contributions (attendance, amounts) point to nobody.
     */
    @Transactional
    void erase(UUID collaborationId, UUID residentId, Proof proof, String actor) {
        Resident r = jdbc.sql("SELECT id FROM resident WHERE id = :id AND collaboration_id = :c AND erased_at IS NULL FOR UPDATE")
                .param("id", residentId).param("c", collaborationId).query(UUID.class).optional()
                .flatMap(id -> residents.find(collaborationId, id)).orElseThrow(NotFoundException::new);
        ResidentIdentity who = identity(r, proof);
        if (r.email() != null) {
            outbox.lockRecipient(collaborationId, r.email());
        }
        holders.orderedStream().forEach(h -> h.erase(who));
        demographics.remove(collaborationId, residentId);
        for (String table : List.of("resident_link", "resident_message")) {
            jdbc.sql("DELETE FROM " + table + " WHERE resident_id = :r AND collaboration_id = :c")
                    .param("r", residentId).param("c", collaborationId).update();
        }
        if (r.email() != null) {
            outbox.forgetRecipient(collaborationId, r.email());
        }
        jdbc.sql("""
                UPDATE resident SET name = NULL, email = NULL, phone = NULL, postal_address = NULL, contact_by = 'NONE',
                    erased_at = :now WHERE id = :id AND collaboration_id = :c
                """)
                .param("now", Timestamp.from(clock.instant())).param("id", residentId).param("c", collaborationId).update();
        audit.record(collaborationId, actor, "resident.erase", "resident", residentId, proof.name());
    }

    Resident living(UUID collaborationId, UUID residentId) {
        return residents.find(collaborationId, residentId).filter(r -> !r.erased()).orElseThrow(NotFoundException::new);
    }

    private PersonalDataSection contact(Resident r) {
        return new PersonalDataSection("resident.privacy.section.contact", List.of(new PersonalDataRecord(List.of(
                new Field("resident.privacy.name", r.name()),
                new Field("resident.privacy.email", r.email()),
                new Field("resident.privacy.phone", r.phone()),
                new Field("resident.privacy.postalAddress", r.postalAddress()),
                Field.coded("resident.privacy.contactBy", "resident.contactBy." + r.contactBy().name()),
                Field.coded("resident.privacy.language", "resident.language." + r.language()),
                Field.at("resident.privacy.createdAt", r.createdAt())))));
    }

    private PersonalDataSection demographicsSection(Demographics.Answers a) {
        List<Field> fields = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            String value = a.get(d);
            fields.add(value == null ? Field.coded("resident.dim." + d.name(), "resident.demographics.notSaying")
                    : d.open() ? new Field("resident.dim." + d.name(), value) : Field.coded("resident.dim." + d.name(), d.groupKey(value)));
        }
        fields.add(Field.at("resident.privacy.consentAt", a.consentAt()));
        fields.add(new Field("resident.privacy.consentVersion", a.consentVersion()));
        return new PersonalDataSection("resident.privacy.section.demographics", List.of(new PersonalDataRecord(fields)));
    }

    private List<PersonalDataRecord> participation(UUID c, UUID r) {
        Map<UUID, String> organisations = collaborations.registeredOrganisations(c).stream()
                .collect(Collectors.toMap(Collaborations.RegisteredOrganisation::id, Collaborations.RegisteredOrganisation::name));
        return jdbc.sql("SELECT kind, process_id, series_id, meeting_id, channel, organisation_id, at FROM resident_participation"
                        + " WHERE resident_id = :r AND collaboration_id = :c ORDER BY at")
                .param("r", r).param("c", c)
                .query((rs, n) -> new PersonalDataRecord(List.of(
                        Field.coded("resident.privacy.kind", "resident.kind." + rs.getString("kind")),
                        Field.coded("resident.privacy.channel", "resident.channel." + rs.getString("channel")),
                        new Field("resident.privacy.organisation", organisations.get(rs.getObject("organisation_id", UUID.class))),
                        Field.at("resident.privacy.at", rs.getTimestamp("at").toInstant()))))
                .list();
    }

    private List<PersonalDataRecord> messages(UUID c, UUID r) {
        return jdbc.sql("SELECT channel, subject, body, created_at, done_at FROM resident_message"
                        + " WHERE resident_id = :r AND collaboration_id = :c ORDER BY seq")
                .param("r", r).param("c", c)
                .query((rs, n) -> new PersonalDataRecord(List.of(
                        Field.coded("resident.privacy.messageChannel", "resident.messageChannel." + rs.getString("channel")),
                        new Field("resident.privacy.subject", rs.getString("subject")),
                        new Field("resident.privacy.body", rs.getString("body")),
                        Field.at("resident.privacy.createdAt", rs.getTimestamp("created_at").toInstant()),
                        Field.at("resident.privacy.doneAt", rs.getTimestamp("done_at") == null ? null
                                : rs.getTimestamp("done_at").toInstant()))))
                .list();
    }

    private List<PersonalDataRecord> links(UUID c, UUID r) {
        return jdbc.sql("SELECT purpose, created_at, expires_at FROM resident_link WHERE resident_id = :r AND collaboration_id = :c"
                        + " ORDER BY created_at")
                .param("r", r).param("c", c)
                .query((rs, n) -> new PersonalDataRecord(List.of(
                        Field.coded("resident.privacy.purpose", "resident.purpose." + rs.getString("purpose")),
                        Field.at("resident.privacy.createdAt", rs.getTimestamp("created_at").toInstant()),
                        Field.at("resident.privacy.expiresAt", rs.getTimestamp("expires_at").toInstant()))))
                .list();
    }

    /** The e-mails to their address; erasure blanks them through {@link Outbox#forgetRecipient}. */
    private List<PersonalDataRecord> mails(UUID c, String email) {
        if (email == null) {
            return List.of();
        }
        return outbox.toRecipient(c, email).stream().map(m -> new PersonalDataRecord(List.of(
                        new Field("resident.privacy.subject", m.subject()),
                        new Field("resident.privacy.body", m.body()),
                        Field.at("resident.privacy.createdAt", m.createdAt()),
                        Field.at("resident.privacy.sentAt", m.sentAt()))))
                .toList();
    }

    private static void addIfAny(List<PersonalDataSection> sections, String key, List<PersonalDataRecord> records) {
        if (!records.isEmpty()) {
            sections.add(new PersonalDataSection(key, records));
        }
    }


}
