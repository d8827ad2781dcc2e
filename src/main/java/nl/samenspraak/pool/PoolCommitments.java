package nl.samenspraak.pool;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Read access to agreed commitments for other modules (the roles module links role holders to them). */
@Service
public class PoolCommitments {

    private final JdbcClient jdbc;

    PoolCommitments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The agreed commitments (active or ended) of a collaboration, newest first; one indexed query. */
    public List<AgreedCommitment> agreed(UUID collaborationId) {
        return jdbc.sql("""
                SELECT c.id, m.resident_id, c.role, c.role_other, c.starts_on, c.ends_on, c.status
                FROM pool_commitment c JOIN pool_member m ON m.id = c.member_id
                WHERE c.collaboration_id = :c AND c.status IN ('ACTIVE', 'ENDED')
                ORDER BY c.seq DESC
                """)
                .param("c", collaborationId)
                .query((rs, n) -> new AgreedCommitment(CommitmentId.of(rs.getObject("id", UUID.class)),
                        rs.getObject("resident_id", UUID.class), rs.getString("role"), rs.getString("role_other"),
                        rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                        "ACTIVE".equals(rs.getString("status"))))
                .list();
    }
}
