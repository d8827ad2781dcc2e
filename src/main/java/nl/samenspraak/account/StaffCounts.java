package nl.samenspraak.account;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How many staff members each collaboration has, in one query for the whole admin list. */
@Component
class StaffCounts {

    private final JdbcClient jdbc;

    StaffCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<UUID, Integer> perCollaboration() {
        Map<UUID, Integer> counts = new HashMap<>();
        jdbc.sql("SELECT collaboration_id, count(*) FROM membership GROUP BY collaboration_id")
                .query(rs -> {
                    counts.put(rs.getObject(1, UUID.class), rs.getInt(2));
                });
        return counts;
    }
}
