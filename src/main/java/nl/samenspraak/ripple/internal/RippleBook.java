package nl.samenspraak.ripple.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.samenspraak.feedback.DecisionBook;
import nl.samenspraak.feedback.DecisionId;
import nl.samenspraak.meeting.MeetingId;
import nl.samenspraak.meeting.MeetingList;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.platform.Text;
import nl.samenspraak.process.Processes;
import nl.samenspraak.ripple.ActivityKind;
import nl.samenspraak.ripple.Capital;
import nl.samenspraak.ripple.Ring;
import nl.samenspraak.ripple.TellerKind;
import nl.samenspraak.ripple.Valence;
import nl.samenspraak.ripple.internal.RippleRecords.ActivityRef;
import nl.samenspraak.ripple.internal.RippleRecords.EffectDraft;
import nl.samenspraak.ripple.internal.RippleRecords.Person;
import nl.samenspraak.ripple.internal.RippleRecords.Session;
import nl.samenspraak.ripple.internal.RippleRecords.SessionDraft;
import nl.samenspraak.ripple.internal.RippleRecords.SessionSummary;
import nl.samenspraak.ripple.internal.RippleRecords.Source;
import nl.samenspraak.ripple.internal.RippleRecords.StoredEffect;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * REM sessions and their effects: checks the rules (activities and sources of this collaboration only, no
 * cycles in "grew from", lengths), stores, audits. Every read and write takes the collaboration.
 */
@Service
class RippleBook {

    static final int TITLE = 200;
    static final int NAME = 100;
    static final int ORGANISATION = 150;
    static final int SHORT = 200;
    static final int STORY = 4_000;
    static final int PARTICIPANTS = 60;
    static final int ACTIVITIES = 40;
    static final int RESIDENTS_COUNTED = 1_000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;
    private final Processes processes;
    private final MeetingList meetings;
    private final DecisionBook decisions;

    RippleBook(JdbcClient jdbc, Clock clock, AuditTrail audit, Processes processes, MeetingList meetings,
               DecisionBook decisions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.processes = processes;
        this.meetings = meetings;
        this.decisions = decisions;
    }

    @Transactional
    UUID startSession(UUID c, SessionDraft draft, String actor) {
        check(draft);
        List<ActivityRef> activities = new ArrayList<>();
        for (ActivityRef ref : draft.activities()) {
            activities.add(new ActivityRef(ref.kind(), ref.id(), titleOf(c, ref)
                    .orElseThrow(() -> new InvalidRippleException("activities", "ripple.staff.error.activity"))));
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO ripple_session (id, collaboration_id, held_on, title, facilitator, residents_counted,
                            created_at) VALUES (:id, :c, :on, :title, :facilitator, :counted, :now)
                        """)
                .param("id", id).param("c", c).param("on", draft.heldOn()).param("title", Text.clean(draft.title()))
                .param("facilitator", Text.clean(draft.facilitator())).param("counted", draft.residentsCounted())
                .param("now", Timestamp.from(clock.instant())).update();
        int position = 0;
        for (Person p : draft.participants()) {
            jdbc.sql("""
                            INSERT INTO ripple_participant (id, session_id, collaboration_id, kind, name, organisation, position)
                            VALUES (:id, :s, :c, :kind, :name, :org, :pos)
                            """)
                    .param("id", UUID.randomUUID()).param("s", id).param("c", c).param("kind", p.kind().name())
                    .param("name", Text.cleanOrNull(p.name())).param("org", Text.cleanOrNull(p.organisation()))
                    .param("pos", position++).update();
        }
        position = 0;
        for (ActivityRef a : activities) {
            jdbc.sql("""
                            INSERT INTO ripple_activity (session_id, collaboration_id, kind, ref_id, title, position)
                            VALUES (:s, :c, :kind, :ref, :title, :pos) ON CONFLICT DO NOTHING
                            """)
                    .param("s", id).param("c", c).param("kind", a.kind().name()).param("ref", a.id())
                    .param("title", a.title()).param("pos", position++).update();
        }
        audit.record(c, actor, "ripple.session.start", "ripple_session", id, "started");
        return id;
    }

    /**
     * Removes a session that has no effects (started by mistake, or all its effects removed), with its
     * participants and activities. A session with effects stays: its effects are the map.
     */
    @Transactional
    void removeSession(UUID c, UUID sessionId, String actor) {
        Long effects = jdbc.sql("""
                        SELECT count(*) FROM ripple_effect e JOIN ripple_session s ON s.id = e.session_id
                        WHERE s.id = :s AND s.collaboration_id = :c
                        """)
                .param("s", sessionId).param("c", c).query(Long.class).single();
        if (effects > 0) {
            throw new InvalidRippleException("session", "ripple.staff.error.sessionHasEffects");
        }
        jdbc.sql("DELETE FROM ripple_participant WHERE session_id = :s AND collaboration_id = :c")
                .param("s", sessionId).param("c", c).update();
        jdbc.sql("DELETE FROM ripple_activity WHERE session_id = :s AND collaboration_id = :c")
                .param("s", sessionId).param("c", c).update();
        if (jdbc.sql("DELETE FROM ripple_session WHERE id = :s AND collaboration_id = :c")
                .param("s", sessionId).param("c", c).update() == 0) {
            throw new NotFoundException();
        }
        audit.record(c, actor, "ripple.session.remove", "ripple_session", sessionId, "removed");
    }

    private Optional<String> titleOf(UUID c, ActivityRef ref) {
        return switch (ref.kind()) {
            case PROCESS -> processes.find(c, ref.id()).map(p -> p.title());
            case MEETING -> meetings.find(c, MeetingId.of(ref.id())).map(m -> m.title());
            case DECISION -> decisions.find(c, new DecisionId(ref.id())).map(d -> d.title());
        };
    }

    private static void check(SessionDraft draft) {
        if (draft.heldOn() == null) {
            throw new InvalidRippleException("heldOn", "ripple.staff.error.date");
        }
        required("title", draft.title(), TITLE, "ripple.staff.error.title");
        required("facilitator", draft.facilitator(), NAME, "ripple.staff.error.facilitator");
        if (draft.residentsCounted() < 0 || draft.residentsCounted() > RESIDENTS_COUNTED) {
            throw new InvalidRippleException("residentsCounted", "ripple.staff.error.residentsCounted");
        }
        if (draft.participants().size() > PARTICIPANTS) {
            throw new InvalidRippleException("participants", "ripple.staff.error.participants");
        }
        for (Person p : draft.participants()) {
            person("participants", p);
        }
        if (draft.activities().isEmpty()) {
            throw new InvalidRippleException("activities", "ripple.staff.error.noActivity");
        }
        if (draft.activities().size() > ACTIVITIES) {
            throw new InvalidRippleException("activities", "ripple.staff.error.activities");
        }
    }

    private static void person(String field, Person p) {
        if (p.kind() == null || Text.clean(p.name()).length() > NAME
                || Text.clean(p.organisation()).length() > ORGANISATION
                || p.kind() == TellerKind.PROFESSIONAL && Text.clean(p.name()).isEmpty() && field.equals("participants")) {
            throw new InvalidRippleException(field, "ripple.staff.error." + field);
        }
    }

    private static void required(String field, String value, int max, String key) {
        String clean = Text.clean(value);
        if (clean.isEmpty()) {
            throw new InvalidRippleException(field, key);
        }
        if (clean.length() > max) {
            throw new InvalidRippleException(field, "ripple.staff.error.tooLong");
        }
    }

    List<SessionSummary> sessions(UUID c) {
        return jdbc.sql("""
                        SELECT s.id, s.held_on, s.title,
                               (SELECT count(*) FROM ripple_effect e WHERE e.session_id = s.id) AS effects
                        FROM ripple_session s WHERE s.collaboration_id = :c ORDER BY s.held_on DESC, s.id
                        """)
                .param("c", c)
                .query((rs, n) -> new SessionSummary(rs.getObject(1, UUID.class), rs.getDate(2).toLocalDate(),
                        rs.getString(3), rs.getInt(4)))
                .list();
    }

    /** A session of this collaboration with its participants and activities; three queries. */
    Optional<Session> session(UUID c, UUID id) {
        Optional<Object[]> row = jdbc.sql("""
                        SELECT held_on, title, facilitator, residents_counted FROM ripple_session
                        WHERE id = :id AND collaboration_id = :c
                        """)
                .param("id", id).param("c", c)
                .query((rs, n) -> new Object[] {rs.getDate(1).toLocalDate(), rs.getString(2), rs.getString(3), rs.getInt(4)})
                .optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        List<Person> participants = jdbc.sql("""
                        SELECT kind, name, organisation FROM ripple_participant WHERE session_id = :s ORDER BY position
                        """)
                .param("s", id)
                .query((rs, n) -> new Person(TellerKind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3)))
                .list();
        List<ActivityRef> activities = jdbc.sql("""
                        SELECT kind, ref_id, title FROM ripple_activity WHERE session_id = :s ORDER BY position
                        """)
                .param("s", id)
                .query((rs, n) -> new ActivityRef(ActivityKind.valueOf(rs.getString(1)), rs.getObject(2, UUID.class),
                        rs.getString(3)))
                .list();
        Object[] r = row.get();
        return Optional.of(new Session(id, (LocalDate) r[0], (String) r[1], (String) r[2], (int) r[3], participants,
                activities));
    }

    @Transactional
    UUID addEffect(UUID c, UUID sessionId, EffectDraft draft, String actor) {
        Session session = session(c, sessionId).orElseThrow(NotFoundException::new);
        check(draft);
        checkSource(c, session, draft.grewFrom(), null);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO ripple_effect (id, collaboration_id, session_id, what_changed, for_whom, intended,
                            valence, ring, capital, story, teller_kind, teller_name, teller_organisation, happened_on,
                            from_activity, from_effect, created_at)
                        VALUES (:id, :c, :s, :what, :whom, :intended, :valence, :ring, :capital, :story, :tk, :tn, :to,
                            :on, :fa, :fe, :now)
                        """)
                .params(params(draft)).param("id", id).param("c", c).param("s", sessionId)
                .param("now", Timestamp.from(clock.instant())).update();
        audit.record(c, actor, "ripple.effect.add", "ripple_effect", id, "added");
        return id;
    }

    @Transactional
    void updateEffect(UUID c, UUID effectId, EffectDraft draft, String actor) {
        StoredEffect current = effect(c, effectId).orElseThrow(NotFoundException::new);
        Session session = session(c, current.sessionId()).orElseThrow(NotFoundException::new);
        check(draft);
        checkSource(c, session, draft.grewFrom(), effectId);
        jdbc.sql("""
                        UPDATE ripple_effect SET what_changed = :what, for_whom = :whom, intended = :intended,
                            valence = :valence, ring = :ring, capital = :capital, story = :story, teller_kind = :tk,
                            teller_name = :tn, teller_organisation = :to, happened_on = :on, from_activity = :fa,
                            from_effect = :fe
                        WHERE id = :id AND collaboration_id = :c
                        """)
                .params(params(draft)).param("id", effectId).param("c", c).update();
        audit.record(c, actor, "ripple.effect.update", "ripple_effect", effectId, "updated");
    }

    /** Removes an effect; what grew from it now grows from what it grew from, so no chain breaks. */
    @Transactional
    void removeEffect(UUID c, UUID effectId, String actor) {
        StoredEffect current = effect(c, effectId).orElseThrow(NotFoundException::new);
        jdbc.sql("""
                        UPDATE ripple_effect SET from_effect = :fe, from_activity = :fa
                        WHERE from_effect = :id AND collaboration_id = :c
                        """)
                .param("fe", current.grewFrom().activity() ? null : current.grewFrom().id())
                .param("fa", current.grewFrom().activity() ? current.grewFrom().id() : null)
                .param("id", effectId).param("c", c).update();
        jdbc.sql("DELETE FROM ripple_effect WHERE id = :id AND collaboration_id = :c")
                .param("id", effectId).param("c", c).update();
        audit.record(c, actor, "ripple.effect.remove", "ripple_effect", effectId, "removed");
    }

    private static void check(EffectDraft d) {
        required("whatChanged", d.whatChanged(), SHORT, "ripple.staff.error.whatChanged");
        required("forWhom", d.forWhom(), SHORT, "ripple.staff.error.forWhom");
        if (d.valence() == null) {
            throw new InvalidRippleException("valence", "ripple.staff.error.choice");
        }
        if (d.ring() == null) {
            throw new InvalidRippleException("ring", "ripple.staff.error.choice");
        }
        if (d.capital() == null) {
            throw new InvalidRippleException("capital", "ripple.staff.error.choice");
        }
        if (Text.clean(d.story()).length() > STORY) {
            throw new InvalidRippleException("story", "ripple.staff.error.tooLong");
        }
        if (d.teller() == null || d.teller().kind() == null) {
            throw new InvalidRippleException("tellerKind", "ripple.staff.error.choice");
        }
        if (Text.clean(d.teller().name()).length() > NAME) {
            throw new InvalidRippleException("tellerName", "ripple.staff.error.tooLong");
        }
        if (Text.clean(d.teller().organisation()).length() > ORGANISATION) {
            throw new InvalidRippleException("tellerOrganisation", "ripple.staff.error.tooLong");
        }
        if (d.happenedOn() == null) {
            throw new InvalidRippleException("happenedOn", "ripple.staff.error.date");
        }
        if (d.grewFrom() == null) {
            throw new InvalidRippleException("grewFrom", "ripple.staff.error.grewFrom");
        }
    }

    /**
     * The source must be an activity of this session or an effect already on this collaboration's map; when
     * an effect is changed, following its new source back must never reach the effect itself.
     */
    private void checkSource(UUID c, Session session, Source source, UUID changed) {
        if (source.activity()) {
            if (session.activities().stream().noneMatch(a -> a.id().equals(source.id()))) {
                throw new InvalidRippleException("grewFrom", "ripple.staff.error.grewFrom");
            }
            return;
        }
        Map<UUID, UUID> parents = new HashMap<>();
        jdbc.sql("SELECT id, from_effect FROM ripple_effect WHERE collaboration_id = :c")
                .param("c", c)
                .query((ResultSet rs) -> {
                    parents.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
                });
        if (!parents.containsKey(source.id())) {
            throw new InvalidRippleException("grewFrom", "ripple.staff.error.grewFrom");
        }
        if (changed == null) {
            return;
        }
        Set<UUID> seen = new HashSet<>();
        for (UUID at = source.id(); at != null && seen.add(at); at = parents.get(at)) {
            if (at.equals(changed)) {
                throw new InvalidRippleException("grewFrom", "ripple.staff.error.cycle");
            }
        }
    }

    private static Map<String, Object> params(EffectDraft d) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("what", Text.clean(d.whatChanged()));
        p.put("whom", Text.clean(d.forWhom()));
        p.put("intended", d.intended());
        p.put("valence", d.valence().name());
        p.put("ring", d.ring().name());
        p.put("capital", d.capital().name());
        p.put("story", Text.clean(d.story()));
        p.put("tk", d.teller().kind().name());
        p.put("tn", Text.cleanOrNull(d.teller().name()));
        p.put("to", Text.cleanOrNull(d.teller().organisation()));
        p.put("on", d.happenedOn());
        p.put("fa", d.grewFrom().activity() ? d.grewFrom().id() : null);
        p.put("fe", d.grewFrom().activity() ? null : d.grewFrom().id());
        return p;
    }

    Optional<StoredEffect> effect(UUID c, UUID id) {
        return jdbc.sql("SELECT * FROM ripple_effect WHERE id = :id AND collaboration_id = :c")
                .param("id", id).param("c", c).query(RippleBook::stored).optional();
    }

    /** Oldest first. */
    List<StoredEffect> effectsOfSession(UUID c, UUID sessionId) {
        return jdbc.sql("SELECT * FROM ripple_effect WHERE session_id = :s AND collaboration_id = :c ORDER BY seq")
                .param("s", sessionId).param("c", c).query(RippleBook::stored).list();
    }

    static StoredEffect stored(ResultSet rs, int n) throws SQLException {
        UUID fa = rs.getObject("from_activity", UUID.class);
        return new StoredEffect(rs.getObject("id", UUID.class), rs.getObject("session_id", UUID.class),
                rs.getString("what_changed"), rs.getString("for_whom"), rs.getBoolean("intended"),
                Valence.valueOf(rs.getString("valence")), Ring.valueOf(rs.getString("ring")),
                Capital.valueOf(rs.getString("capital")), rs.getString("story"),
                new Person(TellerKind.valueOf(rs.getString("teller_kind")), rs.getString("teller_name"),
                        rs.getString("teller_organisation")),
                rs.getDate("happened_on").toLocalDate(),
                fa != null ? new Source(true, fa) : new Source(false, rs.getObject("from_effect", UUID.class)));
    }
}
