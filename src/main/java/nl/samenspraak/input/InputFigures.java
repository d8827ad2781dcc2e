package nl.samenspraak.input;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import nl.samenspraak.collaboration.CollaborationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Counts of inputs per calendar quarter, for the process indicators of the monitoring module:
 * no text, no contact details, only numbers aggregated in SQL.
 */
@Service
public class InputFigures {

    /**
     * The inputs whose answer deadline fell in a quarter and is settled: answered, or the deadline
     * has passed. Inputs whose answer is no longer owed (the author's data was erased) are left out.
     *
     * @param due    inputs counted
     * @param onTime of those, answered on or before their deadline
     */
    public record Punctuality(int year, int quarter, int due, int onTime) {}

    /** How many inputs came in through one channel in one quarter. */
    public record ChannelCount(int year, int quarter, Channel channel, int inputs) {}

    private final JdbcClient jdbc;

    InputFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Answers on time per quarter of the deadline, for deadlines from {@code from} up to {@code today}. */
    public List<Punctuality> punctualityPerQuarter(CollaborationId collaboration, LocalDate from, LocalDate today) {
        // Uses input_collaboration_answer_due_ix (V145).
        return jdbc.sql("""
                SELECT CAST(extract(year FROM i.answer_due) AS INTEGER) AS y,
                       CAST(extract(quarter FROM i.answer_due) AS INTEGER) AS q,
                       count(*) AS due,
                       count(*) FILTER (WHERE i.answered_on <= i.answer_due) AS on_time
                FROM input i
                WHERE i.collaboration_id = :c AND i.answer_due >= :from AND i.answer_due <= :today
                  AND i.answer_cancelled_at IS NULL
                  AND (i.answered_on IS NOT NULL OR i.answer_due < :today)
                GROUP BY y, q ORDER BY y, q
                """)
                .param("c", collaboration.value()).param("from", Date.valueOf(from)).param("today", Date.valueOf(today))
                .query((rs, n) -> new Punctuality(rs.getInt("y"), rs.getInt("q"), rs.getInt("due"), rs.getInt("on_time")))
                .list();
    }

    /** Inputs received per quarter and channel, from {@code from} up to {@code today}. */
    public List<ChannelCount> receivedPerQuarter(CollaborationId collaboration, LocalDate from, LocalDate today) {
        // Uses input_collaboration_received_ix (V145).
        return jdbc.sql("""
                SELECT CAST(extract(year FROM i.received_on) AS INTEGER) AS y,
                       CAST(extract(quarter FROM i.received_on) AS INTEGER) AS q,
                       i.channel, count(*) AS inputs
                FROM input i
                WHERE i.collaboration_id = :c AND i.received_on >= :from AND i.received_on <= :today
                GROUP BY y, q, i.channel ORDER BY y, q, i.channel
                """)
                .param("c", collaboration.value()).param("from", Date.valueOf(from)).param("today", Date.valueOf(today))
                .query((rs, n) -> new ChannelCount(rs.getInt("y"), rs.getInt("q"), Channel.valueOf(rs.getString("channel")),
                        rs.getInt("inputs")))
                .list();
    }
}
