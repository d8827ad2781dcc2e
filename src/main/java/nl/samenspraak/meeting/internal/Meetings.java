package nl.samenspraak.meeting.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.platform.Text;
import nl.samenspraak.process.Processes;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Planning meetings and reading them back; registrations live in {@link Registrations}. */
@Service
class Meetings {

    static final String COLUMNS = "m.id, m.collaboration_id, m.title, m.about, m.process_id, m.series_id, m.venue_id,"
            + " m.starts_at, m.ends_at, m.capacity, m.status, m.walk_ins, m.minutes";
    static final int MAX_CAPACITY = 10_000;

    /** A meeting in a list, with its venue and how many people have a place or are waiting. */
    record Row(Meeting meeting, String venueName, int registered, int waiting, int attended, long seq) {
        public int placesLeft() {
            return Math.max(0, meeting.capacity() - registered);
        }
    }

    private final JdbcClient jdbc;
    private final Venues venues;
    private final MeetingSeries series;
    private final Processes processes;
    private final AuditTrail audit;
    private final Clock clock;

    Meetings(JdbcClient jdbc, Venues venues, MeetingSeries series, Processes processes, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.venues = venues;
        this.series = series;
        this.processes = processes;
        this.audit = audit;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    Optional<Meeting> find(UUID collaborationId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM meeting m WHERE m.id = :id AND m.collaboration_id = :c")
                .param("id", id).param("c", collaborationId).query(ROW).optional();
    }

    /** Any meeting, for the public pages. */
    Optional<Meeting> findPublic(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM meeting m WHERE m.id = :id").param("id", id).query(ROW).optional();
    }

    /** Takes the meeting's row lock until the transaction ends: places are handed out one at a time. */
    Meeting lock(UUID collaborationId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM meeting m WHERE m.id = :id AND m.collaboration_id = :c FOR UPDATE")
                .param("id", id).param("c", collaborationId).query(ROW).optional().orElseThrow(NotFoundException::new);
    }

    private static final String ROW_SELECT = "SELECT " + COLUMNS + ", v.name AS venue_name, m.seq,"
            + " (SELECT count(*) FROM meeting_registration r WHERE r.meeting_id = m.id AND r.status = 'REGISTERED') AS registered,"
            + " (SELECT count(*) FROM meeting_registration r WHERE r.meeting_id = m.id AND r.status = 'WAITING') AS waiting,"
            + " (SELECT count(*) FROM meeting_registration r WHERE r.meeting_id = m.id AND r.attended) AS attended"
            + " FROM meeting m JOIN meeting_venue v ON v.id = m.venue_id";

    /** Meetings still to come, soonest first. */
    List<Row> upcoming(UUID collaborationId, int limit) {
        return jdbc.sql(ROW_SELECT + " WHERE m.collaboration_id = :c AND m.ends_at >= :now ORDER BY m.starts_at, m.seq LIMIT :limit")
                .param("c", collaborationId).param("now", Timestamp.from(now())).param("limit", limit)
                .query(LIST_ROW).list();
    }

    /** Meetings that are over, newest first; keyset-paged by the {@code seq} of the last row shown. */
    List<Row> past(UUID collaborationId, Long beforeSeq, int limit) {
        return jdbc.sql(ROW_SELECT + " WHERE m.collaboration_id = :c AND m.ends_at < :now"
                        + " AND (CAST(:before AS bigint) IS NULL OR (m.starts_at, m.seq) <"
                        + " (SELECT b.starts_at, b.seq FROM meeting b WHERE b.seq = :before AND b.collaboration_id = :c))"
                        + " ORDER BY m.starts_at DESC, m.seq DESC LIMIT :limit")
                .param("c", collaborationId).param("now", Timestamp.from(now()))
                .param("before", beforeSeq).param("limit", limit)
                .query(LIST_ROW).list();
    }

    /** The planned meetings of a process that residents can still come to, for the public pages. */
    /** A meeting for the subscribed calendar, with its venue as residents find it. */
    record FeedRow(Meeting meeting, String venueName, String venueAddress) {}

    /**
     * Meetings of a collaboration that end after {@code since}, soonest first, at most {@code limit}:
     * the public calendar feed. One query; no registrations are read.
     */
    List<FeedRow> forFeed(UUID collaborationId, Instant since, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + ", v.name AS venue_name, v.address AS venue_address FROM meeting m"
                        + " JOIN meeting_venue v ON v.id = m.venue_id"
                        + " WHERE m.collaboration_id = :c AND m.ends_at >= :since ORDER BY m.starts_at, m.seq LIMIT :limit")
                .param("c", collaborationId).param("since", java.sql.Timestamp.from(since)).param("limit", limit)
                .query((rs, n) -> new FeedRow(ROW.mapRow(rs, n), rs.getString("venue_name"), rs.getString("venue_address")))
                .list();
    }

    /** The same as {@link #forFeed}, for the meetings of one process: its own calendar feed. */
    List<FeedRow> forProcessFeed(UUID collaborationId, UUID processId, Instant since, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + ", v.name AS venue_name, v.address AS venue_address FROM meeting m"
                        + " JOIN meeting_venue v ON v.id = m.venue_id"
                        + " WHERE m.process_id = :p AND m.collaboration_id = :c AND m.ends_at >= :since"
                        + " ORDER BY m.starts_at, m.seq LIMIT :limit")
                .param("p", processId).param("c", collaborationId).param("since", java.sql.Timestamp.from(since)).param("limit", limit)
                .query((rs, n) -> new FeedRow(ROW.mapRow(rs, n), rs.getString("venue_name"), rs.getString("venue_address")))
                .list();
    }

    List<Row> upcomingOfProcess(UUID processId) {
        return jdbc.sql(ROW_SELECT + " WHERE m.process_id = :p AND m.status = 'PLANNED' AND m.starts_at > :now"
                        + " ORDER BY m.starts_at, m.seq LIMIT 50")
                .param("p", processId).param("now", Timestamp.from(now()))
                .query(LIST_ROW).list();
    }

    /** Every meeting of a series, oldest first, for its continuity. */
    List<Row> ofSeries(UUID collaborationId, UUID seriesId) {
        return jdbc.sql(ROW_SELECT + " WHERE m.collaboration_id = :c AND m.series_id = :s ORDER BY m.starts_at, m.seq")
                .param("c", collaborationId).param("s", seriesId)
                .query(LIST_ROW).list();
    }

    @Transactional
    UUID create(UUID collaborationId, MeetingForm form, String actor) {
        Meeting m = checked(collaborationId, UUID.randomUUID(), form, Meeting.Status.PLANNED);
        jdbc.sql("""
                INSERT INTO meeting (id, collaboration_id, title, about, process_id, series_id, venue_id, starts_at,
                    ends_at, capacity, status, created_at)
                VALUES (:id, :c, :title, :about, :process, :series, :venue, :starts, :ends, :capacity, 'PLANNED', :now)
                """)
                .param("id", m.id()).param("c", collaborationId).param("title", m.title()).param("about", m.about())
                .param("process", m.processId()).param("series", m.seriesId()).param("venue", m.venueId())
                .param("starts", Timestamp.from(m.startsAt())).param("ends", Timestamp.from(m.endsAt()))
                .param("capacity", m.capacity()).param("now", Timestamp.from(now()))
                .update();
        audit.record(collaborationId, actor, "meeting.create", "meeting", m.id(), "created");
        return m.id();
    }

    /** The rules of a form, checked before anything is stored (so a form's own errors come before plain language). */
    void check(UUID collaborationId, MeetingForm form) {
        checked(collaborationId, UUID.randomUUID(), form, Meeting.Status.PLANNED);
    }

    /** Changes a locked meeting; fewer places than people already registered is refused. */
    void update(Meeting locked, MeetingForm form, int registered, String actor) {
        Meeting m = checked(locked.collaborationId(), locked.id(), form, locked.status());
        if (m.capacity() < registered) {
            throw new InvalidMeetingException("capacity", "meeting.error.capacityBelowRegistered");
        }
        jdbc.sql("""
                UPDATE meeting SET title = :title, about = :about, process_id = :process, series_id = :series,
                    venue_id = :venue, starts_at = :starts, ends_at = :ends, capacity = :capacity
                WHERE id = :id AND collaboration_id = :c
                """)
                .param("id", m.id()).param("c", m.collaborationId()).param("title", m.title()).param("about", m.about())
                .param("process", m.processId()).param("series", m.seriesId()).param("venue", m.venueId())
                .param("starts", Timestamp.from(m.startsAt())).param("ends", Timestamp.from(m.endsAt()))
                .param("capacity", m.capacity())
                .update();
        audit.record(m.collaborationId(), actor, "meeting.update", "meeting", m.id(), "updated");
    }

    void setStatus(Meeting meeting, Meeting.Status status) {
        jdbc.sql("UPDATE meeting SET status = :s WHERE id = :id AND collaboration_id = :c")
                .param("s", status.name()).param("id", meeting.id()).param("c", meeting.collaborationId()).update();
    }

    void setWalkIns(Meeting meeting, int walkIns) {
        jdbc.sql("UPDATE meeting SET walk_ins = :w WHERE id = :id AND collaboration_id = :c")
                .param("w", walkIns).param("id", meeting.id()).param("c", meeting.collaborationId()).update();
    }

    @Transactional
    void saveMinutes(UUID collaborationId, UUID meetingId, String text, String actor) {
        Meeting meeting = find(collaborationId, meetingId).orElseThrow(NotFoundException::new);
        String minutes = Text.cleanOrNull(text);
        if (minutes != null && minutes.length() > 20_000) {
            throw new InvalidMeetingException("minutes", "meeting.error.minutesTooLong");
        }
        jdbc.sql("UPDATE meeting SET minutes = :m WHERE id = :id AND collaboration_id = :c")
                .param("m", minutes).param("id", meeting.id()).param("c", collaborationId).update();
        audit.record(collaborationId, actor, "meeting.minutes", "meeting", meeting.id(), "saved");
    }

    private Meeting checked(UUID collaborationId, UUID id, MeetingForm form, Meeting.Status status) {
        String title = Text.clean(form.getTitle());
        String about = Text.clean(form.getAbout());
        if (title.isEmpty()) {
            throw new InvalidMeetingException("title", "meeting.error.titleRequired");
        }
        if (title.length() > 200) {
            throw new InvalidMeetingException("title", "meeting.error.tooLong200");
        }
        if (about.isEmpty()) {
            throw new InvalidMeetingException("about", "meeting.error.aboutRequired");
        }
        if (about.length() > 4000) {
            throw new InvalidMeetingException("about", "meeting.error.tooLong4000");
        }
        UUID processId = MeetingForm.optionalId(form.getProcessId(), "processId", "meeting.error.process");
        if (processId != null && processes.find(collaborationId, processId).isEmpty()) {
            throw new InvalidMeetingException("processId", "meeting.error.process");
        }
        UUID seriesId = MeetingForm.optionalId(form.getSeriesId(), "seriesId", "meeting.error.series");
        if (seriesId != null && series.find(collaborationId, seriesId).isEmpty()) {
            throw new InvalidMeetingException("seriesId", "meeting.error.series");
        }
        UUID venueId = MeetingForm.optionalId(form.getVenueId(), "venueId", "meeting.error.venue");
        if (venueId == null || venues.find(collaborationId, venueId).isEmpty()) {
            throw new InvalidMeetingException("venueId", "meeting.error.venue");
        }
        LocalDate date = MeetingForm.date(form.getDate(), "date");
        LocalDate today = LocalDate.now(clock.withZone(Meeting.ZONE));
        if (date.isBefore(today.minusYears(2)) || date.isAfter(today.plusYears(3))) {
            throw new InvalidMeetingException("date", "meeting.error.dateRange");
        }
        LocalTime start = MeetingForm.time(form.getStartTime(), "startTime");
        LocalTime end = MeetingForm.time(form.getEndTime(), "endTime");
        if (!end.isAfter(start)) {
            throw new InvalidMeetingException("endTime", "meeting.error.endBeforeStart");
        }
        int capacity = MeetingForm.number(form.getCapacity(), "capacity", "meeting.error.capacity");
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new InvalidMeetingException("capacity", "meeting.error.capacity");
        }
        return new Meeting(id, collaborationId, title, about, processId, seriesId, venueId,
                date.atTime(start).atZone(Meeting.ZONE).toInstant(), date.atTime(end).atZone(Meeting.ZONE).toInstant(),
                capacity, status, 0, null);
    }

    static final RowMapper<Meeting> ROW = (rs, n) -> new Meeting(rs.getObject("id", UUID.class),
            rs.getObject("collaboration_id", UUID.class), rs.getString("title"), rs.getString("about"),
            rs.getObject("process_id", UUID.class), rs.getObject("series_id", UUID.class),
            rs.getObject("venue_id", UUID.class), rs.getTimestamp("starts_at").toInstant(),
            rs.getTimestamp("ends_at").toInstant(), rs.getInt("capacity"), Meeting.Status.valueOf(rs.getString("status")),
            rs.getInt("walk_ins"), rs.getString("minutes"));

    private static final RowMapper<Row> LIST_ROW = (rs, n) -> new Row(ROW.mapRow(rs, n), rs.getString("venue_name"),
            rs.getInt("registered"), rs.getInt("waiting"), rs.getInt("attended"), rs.getLong("seq"));
}
