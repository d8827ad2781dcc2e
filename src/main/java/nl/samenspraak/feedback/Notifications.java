package nl.samenspraak.feedback;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Read side of the notifications of an input (receipts, answers, decisions, hidings), for pages and the API. */
@Service
public class Notifications {

    /** {@code channel}: EMAIL, POST or PHONE; {@code state}: see {@link NotificationState}. */
    public record NotificationView(String channel, String state, NoticeKind kind) {}

    private final JdbcClient jdbc;

    Notifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<NotificationView> of(UUID collaborationId, UUID inputId) {
        return jdbc.sql("SELECT channel, state, kind FROM notification WHERE input_id = :i AND collaboration_id = :c ORDER BY created_at, id")
                .param("i", inputId).param("c", collaborationId)
                .query((rs, n) -> new NotificationView(rs.getString(1), rs.getString(2), NoticeKind.valueOf(rs.getString(3))))
                .list();
    }
}
