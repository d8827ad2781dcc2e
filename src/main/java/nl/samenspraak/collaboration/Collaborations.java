package nl.samenspraak.collaboration;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.platform.Ids;
import nl.samenspraak.platform.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The collaborations of the platform, one use case per method: created and changed by a platform administrator
 * (with their member organisations and the four-eyes setting for payments), read by everyone.
 */
@Service
public class Collaborations {

    /** Raised when a slug is already taken; the caller shows it next to the field. */
    public static class SlugTakenException extends RuntimeException {
        public SlugTakenException() {
            super("slug taken", null, false, false);
        }
    }

    /** A member organisation as stored, with the id that removing it needs. */
    public record RegisteredOrganisation(UUID id, String name, MemberOrganisation.OrganisationType type) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;

    Collaborations(JdbcClient jdbc, Clock clock, AuditTrail audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional
    public Collaboration create(String slug, String name, String region, String description,
                                List<String> targetGroups, List<MemberOrganisation> organisations, String actor) {
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    INSERT INTO collaboration (id, slug, name, region, description, target_groups, created_at)
                    VALUES (:id, :slug, :name, :region, :description, :groups, :now)
                    """)
                    .param("id", id).param("slug", slug).param("name", name).param("region", region)
                    .param("description", description == null ? "" : description)
                    .param("groups", targetGroups.toArray(String[]::new))
                    .param("now", java.sql.Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new SlugTakenException();
        }
        for (MemberOrganisation organisation : organisations) {
            insertOrganisation(id, organisation);
        }
        audit.record(id, actor, "collaboration.create", "collaboration", id, "created");
        return new Collaboration(id, slug, name, region, description, List.copyOf(targetGroups));
    }

    /** Kept for callers without a person behind them; the audit entry then names the system. */
    @Transactional
    public void addOrganisation(UUID collaborationId, MemberOrganisation organisation) {
        addOrganisation(collaborationId, organisation, "system");
    }

    private UUID insertOrganisation(UUID collaborationId, MemberOrganisation organisation) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO member_organisation (id, collaboration_id, name, type) VALUES (:id, :c, :name, :type)")
                .param("id", id).param("c", collaborationId)
                .param("name", organisation.name()).param("type", organisation.type().name())
                .update();
        return id;
    }

    /**
     * Changes the profile; the slug stays as it is, because people have bookmarked and
     * printed addresses that contain it.
     */
    @Transactional
    public Collaboration update(UUID id, String name, String region, String description, List<String> targetGroups,
                                String actor) {
        Collaboration updated = findById(id).orElseThrow(NotFoundException::new)
                .withProfile(name, region, description, targetGroups);
        jdbc.sql("""
                        UPDATE collaboration SET name = :name, region = :region, description = :description,
                            target_groups = :groups
                        WHERE id = :id
                        """)
                .param("id", id).param("name", updated.name()).param("region", updated.region())
                .param("description", updated.description())
                .param("groups", updated.targetGroups().toArray(String[]::new))
                .update();
        audit.record(id, actor, "collaboration.update", "collaboration", id, "updated");
        return updated;
    }

    /**
     * Whether a payment batch needs a second coordinator's approval (when the collaboration has more
     * than one coordinator). On by default: one person alone should not both make and release a payment.
     */
    public boolean paymentFourEyes(UUID id) {
        return jdbc.sql("SELECT payment_four_eyes FROM collaboration WHERE id = :id").param("id", id)
                .query(Boolean.class).optional().orElseThrow(NotFoundException::new);
    }

    /** Changes the four-eyes setting for payments; a change is audited because it weakens or restores a control. */
    @Transactional
    public void setPaymentFourEyes(UUID id, boolean on, String actor) {
        int changed = jdbc.sql("UPDATE collaboration SET payment_four_eyes = :on WHERE id = :id AND payment_four_eyes <> :on")
                .param("id", id).param("on", on).update();
        if (changed > 0) {
            audit.record(id, actor, "collaboration.payment-four-eyes", "collaboration", id, on ? "on" : "off");
        }
    }

    /** The open licence of a collaboration's open data ({@link OpenDataLicence#DEFAULT} until one is chosen). */
    public OpenDataLicence licence(UUID id) {
        return jdbc.sql("SELECT open_data_licence FROM collaboration WHERE id = :id").param("id", id)
                .query(String.class).optional().flatMap(OpenDataLicence::parse).orElseThrow(NotFoundException::new);
    }

    /** Every collaboration's open licence by id, in one query. */
    public Map<UUID, OpenDataLicence> licences() {
        Map<UUID, OpenDataLicence> licences = new HashMap<>();
        jdbc.sql("SELECT id, open_data_licence FROM collaboration")
                .query((rs, n) -> licences.put(rs.getObject("id", UUID.class),
                        OpenDataLicence.parse(rs.getString("open_data_licence")).orElse(OpenDataLicence.DEFAULT)))
                .list();
        return licences;
    }

    /** Changes the open licence; audited, because it changes what others may do with the published data. */
    @Transactional
    public void setLicence(UUID id, OpenDataLicence licence, String actor) {
        int changed = jdbc.sql("""
                        UPDATE collaboration SET open_data_licence = :licence
                        WHERE id = :id AND open_data_licence <> :licence
                        """)
                .param("id", id).param("licence", licence.name()).update();
        if (changed > 0) {
            audit.record(id, actor, "collaboration.open-data-licence", "collaboration", id, licence.name());
        }
    }

    /** The phone number and postal address residents can use; {@link CollaborationContact#NONE} for an unknown id. */
    public CollaborationContact contact(UUID id) {
        return jdbc.sql("SELECT contact_phone, contact_address FROM collaboration WHERE id = :id").param("id", id)
                .query((rs, n) -> new CollaborationContact(rs.getString("contact_phone"), rs.getString("contact_address")))
                .optional().orElse(CollaborationContact.NONE);
    }

    /** Changes the contact details letters print; audited, because residents act on them. */
    @Transactional
    public void setContact(UUID id, CollaborationContact contact, String actor) {
        int changed = jdbc.sql("""
                        UPDATE collaboration SET contact_phone = :phone, contact_address = :address
                        WHERE id = :id AND (contact_phone <> :phone OR contact_address <> :address)
                        """)
                .param("id", id).param("phone", contact.phone()).param("address", contact.postalAddress()).update();
        if (changed > 0) {
            audit.record(id, actor, "collaboration.contact", "collaboration", id, "updated");
        }
    }

    /** Adds a member organisation after the collaboration was created, and records who did it. */
    @Transactional
    public UUID addOrganisation(UUID collaborationId, MemberOrganisation organisation, String actor) {
        UUID id = insertOrganisation(collaborationId, organisation);
        audit.record(collaborationId, actor, "collaboration.organisation.add", "member_organisation", id,
                organisation.type().name());
        return id;
    }

    /** Removes an organisation of this collaboration; false when it has no such organisation. */
    @Transactional
    public boolean removeOrganisation(UUID collaborationId, UUID organisationId, String actor) {
        boolean removed = jdbc.sql("DELETE FROM member_organisation WHERE id = :id AND collaboration_id = :c")
                .param("id", organisationId).param("c", collaborationId).update() == 1;
        if (removed) {
            audit.record(collaborationId, actor, "collaboration.organisation.remove", "member_organisation",
                    organisationId, "removed");
        }
        return removed;
    }

    public List<RegisteredOrganisation> registeredOrganisations(UUID collaborationId) {
        return jdbc.sql("""
                        SELECT id, name, type FROM member_organisation WHERE collaboration_id = :c ORDER BY type, name, id
                        """)
                .param("c", collaborationId)
                .query((rs, n) -> new RegisteredOrganisation(rs.getObject("id", UUID.class), rs.getString("name"),
                        MemberOrganisation.OrganisationType.valueOf(rs.getString("type"))))
                .list();
    }

    public Optional<Collaboration> findBySlug(String slug) {
        return jdbc.sql("SELECT * FROM collaboration WHERE slug = :slug").param("slug", slug)
                .query(Collaborations::map).optional();
    }

    public Optional<Collaboration> findById(CollaborationId id) {
        return findById(id.value());
    }

    public Optional<Collaboration> findById(UUID id) {
        return jdbc.sql("SELECT * FROM collaboration WHERE id = :id").param("id", id)
                .query(Collaborations::map).optional();
    }

    /** The names of these collaborations by id, in one query; an unknown id is left out. */
    public Map<UUID, String> namesOf(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.sql("SELECT id, name FROM collaboration WHERE id IN (:ids)").param("ids", List.copyOf(ids))
                .query((rs, n) -> names.put(rs.getObject("id", UUID.class), rs.getString("name"))).list();
        return names;
    }

    /** These collaborations in one query, ordered by name; an unknown id is left out. */
    public List<Collaboration> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM collaboration WHERE id IN (:ids) ORDER BY name").param("ids", List.copyOf(ids))
                .query(Collaborations::map).list();
    }

    /**
     * A collaboration by its slug or by its id written out in full (as the integration API accepts either);
     * empty when there is none.
     */
    public Optional<Collaboration> findBySlugOrId(String key) {
        String stripped = key == null ? "" : key.strip();
        Optional<Collaboration> bySlug = findBySlug(stripped);
        if (bySlug.isPresent()) {
            return bySlug;
        }
        // Only the canonical spelling, as the text comparison in the database accepted before.
        return Ids.parseUuid(stripped).filter(id -> id.toString().equals(stripped)).flatMap(this::findById);
    }

    public List<Collaboration> all() {
        return jdbc.sql("SELECT * FROM collaboration ORDER BY name").query(Collaborations::map).list();
    }

    public List<MemberOrganisation> organisations(UUID collaborationId) {
        return jdbc.sql("SELECT name, type FROM member_organisation WHERE collaboration_id = :c ORDER BY type, name")
                .param("c", collaborationId)
                .query((rs, n) -> new MemberOrganisation(rs.getString("name"),
                        MemberOrganisation.OrganisationType.valueOf(rs.getString("type"))))
                .list();
    }

    public boolean isEmpty() {
        return jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM collaboration)").query(Boolean.class).single();
    }

    private static Collaboration map(ResultSet rs, int row) throws SQLException {
        return new Collaboration(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("name"),
                rs.getString("region"), rs.getString("description"), strings(rs.getArray("target_groups")));
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
