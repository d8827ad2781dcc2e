package nl.samenspraak.input;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.samenspraak.input.internal.Inputs;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Read models over inputs: lists with keyset pagination, the follow-code lookup, what
 * is overdue, and how fast answers came. Each is one indexed query.
 */
@Service
public class InputViews {

    /** One page of a list, newest first; {@code nextBefore} is the key of the next page, null at the end. */
    public record Page<T>(List<T> items, Long nextBefore) {}

    /** How fast a process (or collaboration) answers. {@code onTimePercent} is null while nothing is due. */
    public record Speed(int total, int answered, int overdue, int nearlyDue, int settled, int answeredOnTime,
                        Integer onTimePercent, Double medianDays) {}

    public enum Filter { ALL, OPEN, OVERDUE, ANSWERED }

    /** Open inputs of one collaboration on a given day: past their due date, or due within {@link #NEARLY_DUE_DAYS}. */
    public record DueCounts(int overdue, int nearlyDue) {
        public int total() {
            return overdue + nearlyDue;
        }
    }

    /** Days before the due date at which an open input counts as nearly due. */
    public static final int NEARLY_DUE_DAYS = 5;
    static final int MAX_PAGE = 100;

    private final JdbcClient jdbc;
    private final Inputs inputs;
    private final Clock clock;
    private final InputModeration moderation;

    InputViews(JdbcClient jdbc, Inputs inputs, Clock clock, InputModeration moderation) {
        this.jdbc = jdbc;
        this.inputs = inputs;
        this.clock = clock;
        this.moderation = moderation;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Optional<Input> find(UUID collaborationId, UUID inputId) {
        return inputs.find(collaborationId, inputId);
    }

    /** Several inputs of one collaboration in one query (ids of another collaboration are left out), keyed by id. */
    public Map<UUID, Input> findAll(UUID collaborationId, java.util.Collection<UUID> inputIds) {
        Map<UUID, Input> result = new HashMap<>();
        if (inputIds.isEmpty()) {
            return result;
        }
        jdbc.sql("SELECT " + Inputs.COLUMNS + " FROM input i WHERE i.collaboration_id = :c AND i.id IN (:ids)")
                .param("c", collaborationId).param("ids", List.copyOf(inputIds))
                .query(Inputs::map).list()
                .forEach(input -> result.put(input.id(), input));
        return result;
    }

    /** The public lookup: status and answer only, never who gave the input. */
    public Optional<Input> byFollowCode(String typed) {
        return FollowCode.parse(typed).flatMap(inputs::findByFollowCode);
    }

    /**
     * Inputs whose authors allowed publication, safe for any public output: an input with anything
     * hidden by moderation is left out, and answers come without their salutation
     * ({@link Salutations#strip}). The process page itself shows hidden inputs as a notice
     * through {@link #publicPage}.
     */
    public Page<Input> published(UUID processId, Long before, int size) {
        int limit = Math.min(Math.max(size, 1), MAX_PAGE);
        List<Input> rows = jdbc.sql("SELECT " + Inputs.COLUMNS + " FROM input i WHERE i.process_id = :p AND i.publish"
                        + " AND NOT EXISTS (SELECT 1 FROM input_hiding h WHERE h.input_id = i.id AND h.unhidden_at IS NULL)"
                        + (before == null ? "" : " AND i.seq < :before") + " ORDER BY i.seq DESC LIMIT :limit")
                .param("p", processId).param("before", before).param("limit", limit + 1)
                .query(Inputs::map).list().stream().map(InputViews::withoutSalutation).toList();
        return page(rows, limit);
    }

    /**
     * The published inputs of the public process page, hidden ones included so the page can say
     * what was hidden and why: answers without salutation, each with the hidings in force.
     */
    public Page<PublicInput> publicPage(UUID processId, Long before, int size) {
        int limit = Math.min(Math.max(size, 1), MAX_PAGE);
        List<Input> rows = jdbc.sql("SELECT " + Inputs.COLUMNS + " FROM input i WHERE i.process_id = :p AND i.publish"
                        + (before == null ? "" : " AND i.seq < :before") + " ORDER BY i.seq DESC LIMIT :limit")
                .param("p", processId).param("before", before).param("limit", limit + 1)
                .query(Inputs::map).list();
        Page<Input> page = page(rows, limit);
        Map<UUID, List<Moderation.Hiding>> hidden = moderation.active(page.items().stream().map(Input::id).toList());
        return new Page<>(page.items().stream().map(input -> new PublicInput(withoutSalutation(input),
                new Moderation(input.id(), input.text(), input.publish(), hidden.getOrDefault(input.id(), List.of()))))
                .toList(), page.nextBefore());
    }

    /** A published input as the public sees it: the answer without salutation, the text through its moderation. */
    public record PublicInput(Input input, Moderation moderation) {}

    private static Input withoutSalutation(Input i) {
        return i.answer() == null ? i : new Input(i.id(), i.collaborationId(), i.processId(), i.followCode(), i.text(),
                i.channel(), i.receivedOn(), i.answerDue(), i.publish(), i.contactBy(), i.status(),
                Salutations.strip(i.answer()), i.answeredOn(), i.seq(), i.answerCancelled(), i.language(),
                i.receiptByPost(), i.referral());
    }

    /** The staff's list of a process's inputs. */
    public Page<Input> ofProcess(UUID collaborationId, UUID processId, Filter filter, Long before, int size) {
        int limit = Math.min(Math.max(size, 1), MAX_PAGE);
        String condition = switch (filter == null ? Filter.ALL : filter) {
            case ALL -> "";
            case OPEN -> " AND i.answered_on IS NULL";
            case OVERDUE -> " AND i.answered_on IS NULL AND i.answer_cancelled_at IS NULL AND i.answer_due < :today";
            case ANSWERED -> " AND i.answered_on IS NOT NULL";
        };
        List<Input> rows = jdbc.sql("SELECT " + Inputs.COLUMNS + " FROM input i WHERE i.collaboration_id = :c AND i.process_id = :p"
                        + condition + (before == null ? "" : " AND i.seq < :before") + " ORDER BY i.seq DESC LIMIT :limit")
                .param("c", collaborationId).param("p", processId).param("today", today())
                .param("before", before).param("limit", limit + 1)
                .query(Inputs::map).list();
        return page(rows, limit);
    }

    /**
     * A process's inputs to choose from (for a decision that answers them): those whose text
     * contains {@code words} (case-insensitive, a trigram index keeps it fast), optionally only
     * those with {@code status}; newest first, at most {@code size}. A non-null {@code nextBefore}
     * says there were more matches than shown (the page asks for more precise words).
     */
    public Page<Input> choosable(UUID collaborationId, UUID processId, String words, FeedbackStatus status, int size) {
        int limit = Math.min(Math.max(size, 1), MAX_PAGE);
        String search = nl.samenspraak.platform.Text.clean(words);
        search = search.length() > 200 ? search.substring(0, 200) : search;
        List<Input> rows = jdbc.sql("SELECT " + Inputs.COLUMNS + " FROM input i WHERE i.collaboration_id = :c AND i.process_id = :p"
                        + (search.isEmpty() ? "" : " AND i.text ILIKE :words ESCAPE '\\'")
                        + (status == null ? "" : " AND i.status = :status")
                        + " ORDER BY i.seq DESC LIMIT :limit")
                .param("c", collaborationId).param("p", processId)
                .param("words", "%" + likeEscaped(search) + "%")
                .param("status", status == null ? null : status.name())
                .param("limit", limit + 1)
                .query(Inputs::map).list();
        return page(rows, limit);
    }

    /** The ids of all a process's inputs with this status, oldest first, at most {@code limit}. */
    public List<UUID> idsWithStatus(UUID collaborationId, UUID processId, FeedbackStatus status, int limit) {
        return jdbc.sql("SELECT i.id FROM input i WHERE i.collaboration_id = :c AND i.process_id = :p AND i.status = :status"
                        + " ORDER BY i.seq LIMIT :limit")
                .param("c", collaborationId).param("p", processId).param("status", status.name())
                .param("limit", Math.max(limit, 0))
                .query(UUID.class).list();
    }

    /** How many inputs of a process have each status; statuses without inputs are absent. One grouped query. */
    public Map<FeedbackStatus, Integer> countsByStatus(UUID collaborationId, UUID processId) {
        Map<FeedbackStatus, Integer> result = new java.util.EnumMap<>(FeedbackStatus.class);
        jdbc.sql("SELECT i.status, count(*) AS n FROM input i WHERE i.collaboration_id = :c AND i.process_id = :p GROUP BY i.status")
                .param("c", collaborationId).param("p", processId)
                .query(rs -> {
                    result.put(FeedbackStatus.valueOf(rs.getString("status")), rs.getInt("n"));
                });
        return result;
    }

    private static String likeEscaped(String words) {
        return words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * Open inputs that are overdue or due within {@link #NEARLY_DUE_DAYS} days, most urgent
     * first; for one process, or for the whole collaboration when {@code processId} is null.
     */
    public List<Input> dueSoon(UUID collaborationId, UUID processId, int limit) {
        return jdbc.sql("SELECT " + Inputs.COLUMNS + " FROM input i WHERE i.collaboration_id = :c"
                        + (processId == null ? "" : " AND i.process_id = :p")
                        + " AND i.answered_on IS NULL AND i.answer_cancelled_at IS NULL AND i.answer_due <= :soon ORDER BY i.answer_due, i.seq LIMIT :limit")
                .param("c", collaborationId).param("p", processId).param("soon", today().plusDays(NEARLY_DUE_DAYS))
                .param("limit", Math.min(Math.max(limit, 1), 500))
                .query(Inputs::map).list();
    }

    /**
     * Like {@link #dueSoon} for the whole collaboration, but as seen on {@code day} instead of
     * today, so a reminder's list and its counts ({@link #dueCountsPerCollaboration}) agree.
     */
    public List<Input> dueSoonOn(UUID collaborationId, LocalDate day, int limit) {
        return jdbc.sql("SELECT " + Inputs.COLUMNS + " FROM input i WHERE i.collaboration_id = :c"
                        + " AND i.answered_on IS NULL AND i.answer_cancelled_at IS NULL AND i.answer_due <= :soon ORDER BY i.answer_due, i.seq LIMIT :limit")
                .param("c", collaborationId).param("soon", day.plusDays(NEARLY_DUE_DAYS))
                .param("limit", Math.min(Math.max(limit, 1), 500))
                .query(Inputs::map).list();
    }

    /**
     * Every collaboration with open inputs that are overdue or nearly due on {@code day}, in one
     * grouped query over the open-inputs index; collaborations with nothing due are left out.
     */
    public Map<UUID, DueCounts> dueCountsPerCollaboration(LocalDate day) {
        Map<UUID, DueCounts> result = new HashMap<>();
        jdbc.sql("""
                SELECT i.collaboration_id,
                       count(*) FILTER (WHERE i.answer_due < :day) AS overdue,
                       count(*) FILTER (WHERE i.answer_due >= :day) AS nearly_due
                FROM input i
                WHERE i.answered_on IS NULL AND i.answer_cancelled_at IS NULL AND i.answer_due <= :soon
                GROUP BY i.collaboration_id
                """)
                .param("day", day).param("soon", day.plusDays(NEARLY_DUE_DAYS))
                .query(rs -> {
                    result.put(rs.getObject("collaboration_id", UUID.class),
                            new DueCounts(rs.getInt("overdue"), rs.getInt("nearly_due")));
                });
        return result;
    }

    /** Open inputs past their due date (for the API's {@code ?overdue=true}), keyset-paginated by due date order. */
    public List<Input> overdue(UUID collaborationId, UUID processId, int limit) {
        return jdbc.sql("SELECT " + Inputs.COLUMNS + " FROM input i WHERE i.collaboration_id = :c AND i.process_id = :p"
                        + " AND i.answered_on IS NULL AND i.answer_cancelled_at IS NULL AND i.answer_due < :today ORDER BY i.answer_due, i.seq LIMIT :limit")
                .param("c", collaborationId).param("p", processId).param("today", today())
                .param("limit", Math.min(Math.max(limit, 1), 1000))
                .query(Inputs::map).list();
    }

    /**
     * How many inputs a process received per status, every status present (0 when none), in the
     * order of {@link FeedbackStatus}: what residents raised, for "U zei, wij deden". One grouped query.
     */
    public Map<FeedbackStatus, Integer> countsByStatus(UUID processId) {
        Map<FeedbackStatus, Integer> counts = new java.util.EnumMap<>(FeedbackStatus.class);
        for (FeedbackStatus status : FeedbackStatus.values()) {
            counts.put(status, 0);
        }
        jdbc.sql("SELECT i.status, count(*) AS n FROM input i WHERE i.process_id = :p GROUP BY i.status")
                .param("p", processId)
                .query(rs -> {
                    counts.put(FeedbackStatus.valueOf(rs.getString("status")), rs.getInt("n"));
                });
        return counts;
    }

    public Speed speedOfProcess(UUID processId) {
        return jdbc.sql(SPEED_SELECT + " WHERE i.process_id = :p")
                .param("p", processId).param("today", today()).param("soon", today().plusDays(NEARLY_DUE_DAYS))
                .query(InputViews::speed).single();
    }

    public Speed speedOfCollaboration(UUID collaborationId) {
        return jdbc.sql(SPEED_SELECT + " WHERE i.collaboration_id = :c")
                .param("c", collaborationId).param("today", today()).param("soon", today().plusDays(NEARLY_DUE_DAYS))
                .query(InputViews::speed).single();
    }

    /** Speed per process of one collaboration, in one grouped query. */
    public Map<UUID, Speed> speedPerProcess(UUID collaborationId) {
        Map<UUID, Speed> result = new HashMap<>();
        jdbc.sql(SPEED_SELECT.replace("SELECT ", "SELECT i.process_id, ") + " WHERE i.collaboration_id = :c GROUP BY i.process_id")
                .param("c", collaborationId).param("today", today()).param("soon", today().plusDays(NEARLY_DUE_DAYS))
                .query(rs -> {
                    result.put(rs.getObject("process_id", UUID.class), speed(rs, 0));
                });
        return result;
    }

    private static final String SPEED_SELECT = """
            SELECT count(*) AS total,
                   count(*) FILTER (WHERE i.answered_on IS NOT NULL) AS answered,
                   count(*) FILTER (WHERE i.answered_on IS NULL AND i.answer_cancelled_at IS NULL AND i.answer_due < :today) AS overdue,
                   count(*) FILTER (WHERE i.answered_on IS NULL AND i.answer_cancelled_at IS NULL AND i.answer_due >= :today
                       AND i.answer_due <= :soon) AS nearly_due,
                   count(*) FILTER (WHERE i.answered_on IS NOT NULL AND i.answered_on <= i.answer_due) AS on_time,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY i.answered_on - i.received_on)
                       FILTER (WHERE i.answered_on IS NOT NULL) AS median_days
            FROM input i
            """;

    private static Speed speed(ResultSet rs, int row) throws SQLException {
        int answered = rs.getInt("answered");
        int overdue = rs.getInt("overdue");
        int onTime = rs.getInt("on_time");
        // Inputs whose answer is in, or whose deadline has passed: only for these is "on time" known.
        int settled = answered + overdue;
        double median = rs.getDouble("median_days");
        // wasNull() speaks of the last column read, so it must be asked right here
        Double medianOrNull = rs.wasNull() ? null : median;
        return new Speed(rs.getInt("total"), answered, overdue, rs.getInt("nearly_due"), settled, onTime,
                settled == 0 ? null : (int) Math.round(100.0 * onTime / settled), medianOrNull);
    }

    private static <T extends Input> Page<Input> page(List<Input> rows, int limit) {
        if (rows.size() > limit) {
            List<Input> items = rows.subList(0, limit);
            return new Page<>(List.copyOf(items), items.getLast().seq());
        }
        return new Page<>(rows, null);
    }
}
