package nl.samenspraak.platform;

import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who did what to which object, with what result, and when. Written in the caller's transaction. */
@Component
public class AuditTrail {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(UUID collaborationId, String actor, String action, String objectType, Object objectId, String result) {
        jdbc.sql("""
                INSERT INTO audit_entry (collaboration_id, actor, action, object_type, object_id, result, at)
                VALUES (:collaboration, :actor, :action, :type, :object, :result, :at)
                """)
                .param("collaboration", collaborationId).param("actor", actor).param("action", action)
                .param("type", objectType).param("object", objectId == null ? null : objectId.toString())
                .param("result", result).param("at", java.sql.Timestamp.from(clock.instant()))
                .update();
    }
}
