package nl.samenspraak.collaboration;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.samenspraak.platform.AuditTrail;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The collaborations of the platform: created by a platform administrator, read by everyone. */
@Service
public class Collaborations {

    /** Raised when a slug is already taken; the caller shows it next to the field. */
    public static class SlugTakenException extends RuntimeException {
        public SlugTakenException() {
            super("slug taken", null, false, false);
        }
    }

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
            addOrganisation(id, organisation);
        }
        audit.record(id, actor, "collaboration.create", "collaboration", id, "created");
        return new Collaboration(id, slug, name, region, description, List.copyOf(targetGroups));
    }

    @Transactional
    public void addOrganisation(UUID collaborationId, MemberOrganisation organisation) {
        jdbc.sql("INSERT INTO member_organisation (id, collaboration_id, name, type) VALUES (:id, :c, :name, :type)")
                .param("id", UUID.randomUUID()).param("c", collaborationId)
                .param("name", organisation.name()).param("type", organisation.type().name())
                .update();
    }

    public Optional<Collaboration> findBySlug(String slug) {
        return jdbc.sql("SELECT * FROM collaboration WHERE slug = :slug").param("slug", slug)
                .query(Collaborations::map).optional();
    }

    public Optional<Collaboration> findById(UUID id) {
        return jdbc.sql("SELECT * FROM collaboration WHERE id = :id").param("id", id)
                .query(Collaborations::map).optional();
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
