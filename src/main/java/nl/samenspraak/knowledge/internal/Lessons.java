package nl.samenspraak.knowledge.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nl.samenspraak.knowledge.Theme;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.platform.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lessons learned by collaborations. Every read and change of a collaboration's lessons takes
 * its id; a lesson reaches the public only after its collaboration asked to share it and a
 * platform administrator approved it. Changing a shared lesson takes it back to the queue.
 */
@Service
class Lessons {

    /** A field that cannot be stored as typed, with the message key that says why. */
    static class InvalidLessonException extends nl.samenspraak.platform.InvalidFieldException {
        InvalidLessonException(String field, String messageKey) {
            super(field, messageKey);
        }
    }

    /** One page of a list, newest first; {@code nextBefore} is the key of the next page, null at the end. */
    record Page(List<Lesson> items, Long nextBefore) {}

    static final int MAX_SHORT = 200;
    static final int MAX_FOR_WHOM = 1000;
    static final int MAX_LONG = 5000;
    static final int MAX_CHOICES = 40;
    private static final String COLUMNS = "id, seq, collaboration_id, title, tried, for_whom, happened, differently, "
            + "methods, themes, target_groups, sharing, written_by, created_at, updated_at";

    private final JdbcClient jdbc;
    private final KnowledgeItems items;
    private final KnowledgeWords words;
    private final AuditTrail audit;
    private final Clock clock;

    Lessons(JdbcClient jdbc, KnowledgeItems items, KnowledgeWords words, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.items = items;
        this.words = words;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    UUID write(UUID collaborationId, LessonDraft draft, String actor) {
        LessonDraft clean = check(draft);
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                INSERT INTO knowledge_lesson (id, collaboration_id, title, tried, for_whom, happened, differently,
                    methods, themes, target_groups, written_by, created_at, updated_at)
                VALUES (:id, :c, :title, :tried, :forWhom, :happened, :differently, :methods, :themes, :groups, :actor, :now, :now)
                """)
                .param("id", id).param("c", collaborationId).params(fields(clean)).param("actor", actor).param("now", now)
                .update();
        audit.record(collaborationId, actor, "knowledge.lesson.write", "lesson", id, "ok");
        return id;
    }

    /** False when the lesson does not exist in this collaboration. */
    @Transactional
    boolean update(UUID collaborationId, UUID id, LessonDraft draft, String actor) {
        LessonDraft clean = check(draft);
        Optional<Lesson> before = findForUpdate(collaborationId, id);
        if (before.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        Lesson edited = before.get().edit(clean, now);
        jdbc.sql("""
                UPDATE knowledge_lesson SET title = :title, tried = :tried, for_whom = :forWhom, happened = :happened,
                    differently = :differently, methods = :methods, themes = :themes, target_groups = :groups,
                    updated_at = :now
                WHERE collaboration_id = :c AND id = :id
                """)
                .params(fields(clean)).param("now", Timestamp.from(now)).param("c", collaborationId).param("id", id)
                .update();
        if (edited.sharing() != before.get().sharing()) {
            saveSharing(edited, now, null);
        }
        audit.record(collaborationId, actor, "knowledge.lesson.update", "lesson", id, "ok");
        if (before.get().isPublic()) {
            words.rebuild();
        }
        return true;
    }

    Optional<Lesson> find(UUID collaborationId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM knowledge_lesson WHERE collaboration_id = :c AND id = :id")
                .param("c", collaborationId).param("id", id).query(Lessons::map).optional();
    }

    /** A lesson as the public may see it: only once approved. */
    Optional<Lesson> findApproved(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM knowledge_lesson WHERE id = :id AND sharing = 'APPROVED'")
                .param("id", id).query(Lessons::map).optional();
    }

    Page list(UUID collaborationId, Long before, int size) {
        int limit = Math.min(Math.max(size, 1), 100);
        List<Lesson> rows = jdbc.sql("SELECT " + COLUMNS + " FROM knowledge_lesson WHERE collaboration_id = :c"
                        + (before == null ? "" : " AND seq < :before") + " ORDER BY seq DESC LIMIT :limit")
                .param("c", collaborationId).param("before", before).param("limit", limit + 1)
                .query(Lessons::map).list();
        return rows.size() > limit ? new Page(rows.subList(0, limit), rows.get(limit - 1).seq()) : new Page(rows, null);
    }

    /** The collaboration asks to share the lesson with everyone; an administrator decides. */
    @Transactional
    boolean requestSharing(UUID collaborationId, UUID id, String actor) {
        return changeSharing(findForUpdate(collaborationId, id), Lesson::requestSharing, actor, "knowledge.lesson.share", false);
    }

    /** Back to the collaboration only, also when it was already public. */
    @Transactional
    boolean withdrawSharing(UUID collaborationId, UUID id, String actor) {
        Optional<Lesson> lesson = findForUpdate(collaborationId, id);
        boolean wasPublic = lesson.map(Lesson::isPublic).orElse(false);
        boolean changed = changeSharing(lesson, Lesson::withdrawSharing, actor, "knowledge.lesson.unshare", false);
        if (wasPublic && changed) {
            words.rebuild();
        }
        return changed;
    }

    /** Lessons waiting for a platform administrator, oldest request first. */
    List<Lesson> requested() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM knowledge_lesson WHERE sharing = 'REQUESTED' ORDER BY sharing_changed_at, seq LIMIT 200")
                .query(Lessons::map).list();
    }

    @Transactional
    boolean approve(UUID id, String admin) {
        boolean changed = changeSharing(findForReview(id), Lesson::approve, admin, "knowledge.lesson.approved", true);
        if (changed) {
            words.rebuild();
        }
        return changed;
    }

    @Transactional
    boolean reject(UUID id, String admin) {
        return changeSharing(findForReview(id), Lesson::reject, admin, "knowledge.lesson.rejected", true);
    }

    /** Approved lessons that name a theme or method, newest first. */
    List<Lesson> approvedLinkedTo(String column, String key, int limit) {
        if (!column.equals("themes") && !column.equals("methods")) {
            throw new IllegalArgumentException(column);
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM knowledge_lesson WHERE sharing = 'APPROVED' AND " + column
                        + " @> ARRAY[CAST(:key AS text)] ORDER BY seq DESC LIMIT :limit")
                .param("key", key).param("limit", limit).query(Lessons::map).list();
    }

    /** The newest approved lessons, for the knowledge base's front page. */
    List<Lesson> latestApproved(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM knowledge_lesson WHERE sharing = 'APPROVED' ORDER BY sharing_changed_at DESC, seq DESC LIMIT :limit")
                .param("limit", limit).query(Lessons::map).list();
    }

    /** Locked until the transaction ends, so that two changes of one lesson cannot cross. */
    private Optional<Lesson> findForUpdate(UUID collaborationId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM knowledge_lesson WHERE collaboration_id = :c AND id = :id FOR UPDATE")
                .param("c", collaborationId).param("id", id).query(Lessons::map).optional();
    }

    /** A platform administrator reviews lessons of every collaboration. */
    private Optional<Lesson> findForReview(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM knowledge_lesson WHERE id = :id FOR UPDATE")
                .param("id", id).query(Lessons::map).optional();
    }

    /** Applies a rule of the lesson; false (and nothing stored or audited) when there is no lesson or the rule says no. */
    private boolean changeSharing(Optional<Lesson> lesson, Function<Lesson, Optional<Lesson>> rule, String actor,
                                  String action, boolean review) {
        Optional<Lesson> changed = lesson.flatMap(rule);
        if (changed.isEmpty()) {
            return false;
        }
        Lesson next = changed.get();
        saveSharing(next, clock.instant(), review ? actor : null);
        audit.record(next.collaborationId(), actor, action, "lesson", next.id(), "ok");
        return true;
    }

    /** Stores where the lesson is on its way to the public; {@code reviewer} is set only by an administrator's decision. */
    private void saveSharing(Lesson lesson, Instant now, String reviewer) {
        jdbc.sql("UPDATE knowledge_lesson SET sharing = :to, sharing_changed_at = :now"
                        + (reviewer == null ? "" : ", reviewed_by = :reviewer") + " WHERE collaboration_id = :c AND id = :id")
                .param("to", lesson.sharing().name()).param("now", Timestamp.from(now)).param("reviewer", reviewer)
                .param("c", lesson.collaborationId()).param("id", lesson.id())
                .update();
    }

    /** The rules of a lesson, checked before anything is stored; also before the question about plain language. */
    LessonDraft check(LessonDraft draft) {
        String title = required("title", draft.title(), MAX_SHORT);
        String tried = required("tried", draft.tried(), MAX_LONG);
        String forWhom = required("forWhom", draft.forWhom(), MAX_FOR_WHOM);
        String happened = required("happened", draft.happened(), MAX_LONG);
        String differently = Text.clean(draft.differently());
        if (differently.length() > MAX_LONG) {
            throw new InvalidLessonException("differently", "knowledge.lesson.error.tooLong");
        }
        List<String> methods = choices("methods", draft.methods());
        Set<String> knownMethods = new LinkedHashSet<>();
        items.byKeys(ItemType.METHOD, methods).forEach(m -> knownMethods.add(m.key()));
        if (!knownMethods.containsAll(methods)) {
            throw new InvalidLessonException("methods", "knowledge.lesson.error.unknownChoice");
        }
        List<String> themes = choices("themes", draft.themes());
        if (!themes.stream().allMatch(t -> Theme.byKey(t).isPresent())) {
            throw new InvalidLessonException("themes", "knowledge.lesson.error.unknownChoice");
        }
        List<String> groups = choices("targetGroups", draft.targetGroups());
        if (!items.targetGroups().keySet().containsAll(groups)) {
            throw new InvalidLessonException("targetGroups", "knowledge.lesson.error.unknownChoice");
        }
        return new LessonDraft(title, tried, forWhom, happened, differently, methods, themes, groups);
    }

    private static String required(String field, String value, int max) {
        String clean = Text.clean(value);
        if (clean.isEmpty()) {
            throw new InvalidLessonException(field, "knowledge.lesson.error." + field + ".required");
        }
        if (clean.length() > max) {
            throw new InvalidLessonException(field, "knowledge.lesson.error.tooLong");
        }
        return clean;
    }

    private static List<String> choices(String field, List<String> values) {
        List<String> clean = values == null ? List.of()
                : values.stream().map(Text::clean).filter(v -> !v.isEmpty()).distinct().toList();
        if (clean.size() > MAX_CHOICES) {
            throw new InvalidLessonException(field, "knowledge.lesson.error.unknownChoice");
        }
        return clean;
    }

    private static java.util.Map<String, Object> fields(LessonDraft d) {
        return java.util.Map.of("title", d.title(), "tried", d.tried(), "forWhom", d.forWhom(), "happened", d.happened(),
                "differently", d.differently(), "methods", d.methods().toArray(String[]::new),
                "themes", d.themes().toArray(String[]::new), "groups", d.targetGroups().toArray(String[]::new));
    }

    static Lesson map(ResultSet rs, int row) throws SQLException {
        return new Lesson(rs.getObject("id", UUID.class), rs.getLong("seq"), rs.getObject("collaboration_id", UUID.class),
                rs.getString("title"), rs.getString("tried"), rs.getString("for_whom"), rs.getString("happened"),
                rs.getString("differently"), KnowledgeItems.strings(rs, "methods"), KnowledgeItems.strings(rs, "themes"),
                KnowledgeItems.strings(rs, "target_groups"), Lesson.Sharing.valueOf(rs.getString("sharing")),
                rs.getString("written_by"), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    /** Uses knowledge_lesson_collaboration_ix: the collaboration's lessons, filtered on their date. */
    nl.samenspraak.knowledge.LessonsShared writtenSince(UUID collaborationId, java.time.Instant since) {
        return jdbc.sql("""
                SELECT count(*) AS written, count(*) FILTER (WHERE sharing = 'APPROVED') AS shared
                  FROM knowledge_lesson WHERE collaboration_id = :c AND created_at >= :since
                """)
                .param("c", collaborationId).param("since", java.sql.Timestamp.from(since))
                .query((rs, n) -> new nl.samenspraak.knowledge.LessonsShared(rs.getInt("written"), rs.getInt("shared")))
                .single();
    }
}
