package nl.samenspraak.input.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.samenspraak.input.Channel;
import nl.samenspraak.input.ContactBy;
import nl.samenspraak.input.FeedbackStatus;
import nl.samenspraak.input.FollowCode;
import nl.samenspraak.input.Input;
import nl.samenspraak.input.Referral;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores inputs. Every read takes the collaboration, except the public follow-code lookup.
 * Public only for the module's own facades ({@code InputViews}, {@code InputAnswers}).
 */
@Repository
public class Inputs {

    public static final String COLUMNS = """
            i.id, i.collaboration_id, i.process_id, i.follow_code, i.text, i.channel, i.received_on, i.answer_due,
            i.publish, i.contact_by, i.status, i.answer, i.answered_on, i.seq, i.answer_cancelled_at IS NOT NULL AS answer_cancelled,
            i.language, i.receipt_by_post, i.referred_to, i.referred_contact
            """;

    private final JdbcClient jdbc;

    Inputs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Input> find(UUID collaborationId, UUID inputId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM input i WHERE i.id = :id AND i.collaboration_id = :c")
                .param("id", inputId).param("c", collaborationId).query(Inputs::map).optional();
    }

    /** Locks the rows so that two staff members answering at once do not overwrite each other unseen. */
    public List<Input> findForUpdate(UUID collaborationId, List<UUID> inputIds) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM input i WHERE i.id IN (:ids) AND i.collaboration_id = :c ORDER BY i.seq FOR UPDATE")
                .param("ids", inputIds).param("c", collaborationId).query(Inputs::map).list();
    }

    public Optional<Input> findByFollowCode(FollowCode code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM input i WHERE i.follow_code = :code")
                .param("code", code.value()).query(Inputs::map).optional();
    }

    public void saveAnswer(Input input, UUID answeredBy) {
        jdbc.sql("""
                UPDATE input SET status = :status, answer = :answer, answered_on = :on, answered_by = :by,
                    referred_to = :referredTo, referred_contact = :referredContact
                WHERE id = :id AND collaboration_id = :c
                """)
                .param("status", input.status().name()).param("answer", input.answer())
                .param("on", input.answeredOn()).param("by", answeredBy)
                .param("referredTo", input.referral() == null ? null : input.referral().organisation())
                .param("referredContact", input.referral() == null ? null : input.referral().contact())
                .param("id", input.id()).param("c", input.collaborationId())
                .update();
    }

    public static Input map(ResultSet rs, int row) throws SQLException {
        return new Input(rs.getObject("id", UUID.class), rs.getObject("collaboration_id", UUID.class),
                rs.getObject("process_id", UUID.class), new FollowCode(rs.getString("follow_code")),
                rs.getString("text"), Channel.valueOf(rs.getString("channel")),
                rs.getObject("received_on", LocalDate.class), rs.getObject("answer_due", LocalDate.class),
                rs.getBoolean("publish"), ContactBy.valueOf(rs.getString("contact_by")),
                FeedbackStatus.valueOf(rs.getString("status")), rs.getString("answer"),
                rs.getObject("answered_on", LocalDate.class), rs.getLong("seq"),
                rs.getBoolean("answer_cancelled"), rs.getString("language"), rs.getBoolean("receipt_by_post"),
                rs.getString("referred_to") == null ? null
                        : new Referral(rs.getString("referred_to"), rs.getString("referred_contact")));
    }
}
