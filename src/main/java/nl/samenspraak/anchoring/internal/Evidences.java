package nl.samenspraak.anchoring.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Evidence rows and their documents, always within one collaboration. */
@Repository
class Evidences {

    private final JdbcClient jdbc;

    Evidences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A document as stored: its bytes were checked by {@link DocumentCheck}. */
    record Document(UUID id, String fileName, String contentType, byte[] content) {}

    /** Evidence to add, already checked by the form. */
    record NewEvidence(EvidenceKind kind, String description, LocalDate startsOn, LocalDate endsOn,
                       PolicyItem policyItem, LegalForm legalForm, String funder, Long amountCents,
                       FundingKind fundingKind, Integer participants, String link, DocumentCheck.Checked document) {}

    UUID add(UUID collaborationId, NewEvidence e, String actor, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO anchoring_evidence (id, collaboration_id, strategy, kind, description, starts_on, ends_on,
                    policy_item, legal_form, funder, amount_cents, funding_kind, participants, link, created_by, created_at)
                VALUES (:id, :c, :strategy, :kind, :description, :startsOn, :endsOn, :policyItem, :legalForm, :funder,
                    :amount, :fundingKind, :participants, :link, :actor, :now)
                """)
                .param("id", id).param("c", collaborationId).param("strategy", e.kind().strategy().name())
                .param("kind", e.kind().name()).param("description", e.description()).param("startsOn", e.startsOn())
                .param("endsOn", e.endsOn()).param("policyItem", e.policyItem() == null ? null : e.policyItem().name())
                .param("legalForm", e.legalForm() == null ? null : e.legalForm().name()).param("funder", e.funder())
                .param("amount", e.amountCents())
                .param("fundingKind", e.fundingKind() == null ? null : e.fundingKind().name())
                .param("participants", e.participants()).param("link", e.link()).param("actor", actor)
                .param("now", Timestamp.from(now))
                .update();
        if (e.document() != null) {
            jdbc.sql("""
                    INSERT INTO anchoring_document (id, collaboration_id, evidence_id, file_name, content_type, size_bytes,
                        content, created_at)
                    VALUES (:id, :c, :evidence, :name, :type, :size, :content, :now)
                    """)
                    .param("id", UUID.randomUUID()).param("c", collaborationId).param("evidence", id)
                    .param("name", e.document().fileName()).param("type", e.document().contentType())
                    .param("size", e.document().bytes().length).param("content", e.document().bytes())
                    .param("now", Timestamp.from(now))
                    .update();
        }
        return id;
    }

    /** Sets the last day it counts; false when there is no such evidence in this collaboration. */
    boolean end(UUID collaborationId, UUID evidenceId, LocalDate endsOn) {
        return jdbc.sql("""
                UPDATE anchoring_evidence SET ends_on = :endsOn
                 WHERE collaboration_id = :c AND id = :id AND starts_on <= :endsOn
                """)
                .param("c", collaborationId).param("id", evidenceId).param("endsOn", endsOn).update() == 1;
    }

    Optional<Evidence> find(UUID collaborationId, UUID evidenceId) {
        return jdbc.sql(SELECT + " WHERE e.collaboration_id = :c AND e.id = :id")
                .param("c", collaborationId).param("id", evidenceId).query(Evidences::row).optional();
    }

    /** All evidence of a collaboration (a few dozen rows at most), oldest first; uses anchoring_evidence_collaboration_ix. */
    List<Evidence> ofCollaboration(UUID collaborationId) {
        return jdbc.sql(SELECT + " WHERE e.collaboration_id = :c ORDER BY e.strategy, e.starts_on, e.seq")
                .param("c", collaborationId).query(Evidences::row).list();
    }

    Optional<Document> document(UUID collaborationId, UUID documentId) {
        return jdbc.sql("""
                SELECT id, file_name, content_type, content FROM anchoring_document
                 WHERE collaboration_id = :c AND id = :id
                """)
                .param("c", collaborationId).param("id", documentId)
                .query((rs, n) -> new Document(rs.getObject("id", UUID.class), rs.getString("file_name"),
                        rs.getString("content_type"), rs.getBytes("content")))
                .optional();
    }

    private static final String SELECT = """
            SELECT e.id, e.kind, e.description, e.starts_on, e.ends_on, e.policy_item, e.legal_form, e.funder,
                   e.amount_cents, e.funding_kind, e.participants, e.link, d.id AS document_id, d.file_name
              FROM anchoring_evidence e LEFT JOIN anchoring_document d ON d.evidence_id = e.id
            """;

    private static Evidence row(ResultSet rs, int n) throws SQLException {
        String policy = rs.getString("policy_item");
        String legal = rs.getString("legal_form");
        String funding = rs.getString("funding_kind");
        java.sql.Date ends = rs.getDate("ends_on");
        return new Evidence(rs.getObject("id", UUID.class), EvidenceKind.valueOf(rs.getString("kind")),
                rs.getString("description"), rs.getDate("starts_on").toLocalDate(), ends == null ? null : ends.toLocalDate(),
                policy == null ? null : PolicyItem.valueOf(policy), legal == null ? null : LegalForm.valueOf(legal),
                rs.getString("funder"), rs.getObject("amount_cents", Long.class),
                funding == null ? null : FundingKind.valueOf(funding), rs.getObject("participants", Integer.class),
                rs.getString("link"), rs.getObject("document_id", UUID.class), rs.getString("file_name"));
    }
}
