package nl.samenspraak.vision.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.ForbiddenException;
import nl.samenspraak.account.Role;
import nl.samenspraak.collaboration.CollaborationId;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.platform.Text;
import nl.samenspraak.vision.SharedVisions;
import nl.samenspraak.vision.VisionVersion;
import nl.samenspraak.vision.internal.VisionComments.NewComment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of the shared vision: the coordinator keeps one draft and publishes it as a new version that
 * never changes afterwards; professionals and residents comment on the draft; the coordinator marks what
 * was done with each comment. Every comment on the draft counts towards the next version's contributors.
 */
@Service
class VisionService implements SharedVisions {

    static final int TEXT = 10_000;
    static final int CHANGE_NOTE = 500;
    static final int COMMENT = 2_000;
    static final int PASSAGE = 300;
    static final int FIRST_NAME = 40;
    static final int ORGANISATION = 200;

    private final Visions visions;
    private final VisionComments comments;
    private final AuditTrail audit;
    private final Clock clock;

    VisionService(Visions visions, VisionComments comments, AuditTrail audit, Clock clock) {
        this.visions = visions;
        this.comments = comments;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Optional<VisionVersion> current(CollaborationId collaboration) {
        return visions.newest(collaboration.value());
    }

    @Override
    public List<VisionVersion> versions(CollaborationId collaboration) {
        return visions.versions(collaboration.value());
    }

    /** The text being worked on: the saved draft, else the current version, else nothing yet. */
    String draftText(UUID collaborationId) {
        return visions.draft(collaborationId).map(Visions.Draft::text)
                .or(() -> visions.newest(collaborationId).map(VisionVersion::text)).orElse("");
    }

    Optional<Visions.Draft> draft(UUID collaborationId) {
        return visions.draft(collaborationId);
    }

    /** @throws InvalidVisionException when the text is too long (nothing is stored) */
    @Transactional
    void saveDraft(CollaborationAccess access, String text) {
        requireCoordinator(access);
        String cleaned = Text.clean(text);
        if (cleaned.length() > TEXT) {
            throw new InvalidVisionException("text", "vision.error.textTooLong");
        }
        visions.saveDraft(access.collaborationId(), cleaned, clock.instant(), access.actor());
        audit.record(access.collaborationId(), access.actor(), "vision.draft.save", "vision_draft", access.collaborationId(),
                "saved");
    }

    /**
     * Publishes the draft as the next version; the comments on the draft count towards it.
     *
     * @throws InvalidVisionException when there is no text, nothing changed, or the note is missing or too long
     */
    @Transactional
    int publish(CollaborationAccess access, String changeNote) {
        requireCoordinator(access);
        UUID c = access.collaborationId();
        String text = visions.draft(c).map(Visions.Draft::text).orElse("");
        if (text.isBlank()) {
            throw new InvalidVisionException("text", "vision.error.noDraft");
        }
        Optional<VisionVersion> newest = visions.newest(c);
        if (newest.isPresent() && newest.get().text().equals(text)) {
            throw new InvalidVisionException("text", "vision.error.unchanged");
        }
        String note = Text.clean(changeNote);
        if (note.length() > CHANGE_NOTE) {
            throw new InvalidVisionException("changeNote", "vision.error.changeNoteTooLong");
        }
        if (note.isBlank() && newest.isPresent()) {
            throw new InvalidVisionException("changeNote", "vision.error.changeNoteRequired");
        }
        int number = visions.addVersion(c, LocalDate.now(clock), clock.instant(), text, note, access.actor());
        comments.countTowards(c, number);
        audit.record(c, access.actor(), "vision.publish", "vision_version", c + "/" + number, "version " + number);
        return number;
    }

    /** A professional's own comment or proposal, named with their name and organisation. */
    @Transactional
    UUID commentAsStaff(CollaborationAccess access, String staffName, CommentForm form) {
        requireAtLeast(access, Role.PROFESSIONAL);
        Map<String, String> errors = form.check(draftText(access.collaborationId()), false);
        throwFirst(errors);
        UUID id = comments.add(access.collaborationId(), new NewComment(false, CommentSource.STAFF, null, access.staffId(),
                staffName, Text.cleanOrNull(form.organisation()), form.kindOrNull(), Text.cleanOrNull(form.passage()),
                Text.clean(form.text())), clock.instant());
        audit.record(access.collaborationId(), access.actor(), "vision.comment", "vision_comment", id, "staff");
        return id;
    }

    /** A resident's comment that staff wrote down in a meeting ("in een bijeenkomst opgeschreven"). */
    @Transactional
    UUID commentFromMeeting(CollaborationAccess access, CommentForm form) {
        requireAtLeast(access, Role.PROFESSIONAL);
        Map<String, String> errors = form.check(draftText(access.collaborationId()), true);
        throwFirst(errors);
        UUID id = comments.add(access.collaborationId(), new NewComment(true, CommentSource.MEETING, null, null,
                form.shownName(), null, form.kindOrNull(), Text.cleanOrNull(form.passage()), Text.clean(form.text())),
                clock.instant());
        audit.record(access.collaborationId(), access.actor(), "vision.comment", "vision_comment", id, "meeting");
        return id;
    }

    /** A resident's comment through their own link. */
    @Transactional
    UUID commentAsResident(UUID collaborationId, UUID residentId, CommentForm form) {
        Map<String, String> errors = form.check(draftText(collaborationId), true);
        throwFirst(errors);
        UUID id = comments.add(collaborationId, new NewComment(true, CommentSource.LINK, residentId, null,
                form.shownName(), null, form.kindOrNull(), Text.cleanOrNull(form.passage()), Text.clean(form.text())),
                clock.instant());
        audit.record(collaborationId, "resident", "vision.comment", "vision_comment", id, "link");
        return id;
    }

    /**
     * @throws NotFoundException for a comment of another collaboration
     */
    @Transactional
    void mark(CollaborationAccess access, UUID commentId, CommentStatus status) {
        requireCoordinator(access);
        comments.find(access.collaborationId(), commentId).orElseThrow(NotFoundException::new);
        comments.setStatus(access.collaborationId(), commentId, status, access.actor());
        audit.record(access.collaborationId(), access.actor(), "vision.comment.mark", "vision_comment", commentId,
                status.name());
    }

    List<Comment> commentsOnDraft(UUID collaborationId, Long beforeSeq, int limit) {
        return comments.onDraft(collaborationId, beforeSeq, limit);
    }

    int commentCount(UUID collaborationId) {
        return comments.countOnDraft(collaborationId);
    }

    List<Comment> commentsOf(UUID collaborationId, UUID residentId) {
        return comments.ofResident(collaborationId, residentId);
    }

    /** Every version with its contributors, newest first; two queries. */
    List<PublishedVersion> published(UUID collaborationId) {
        Map<Integer, List<Comment>> byVersion = new LinkedHashMap<>();
        for (Comment c : comments.counted(collaborationId)) {
            byVersion.computeIfAbsent(c.versionNumber(), k -> new ArrayList<>()).add(c);
        }
        List<PublishedVersion> all = new ArrayList<>();
        for (VisionVersion v : visions.versions(collaborationId)) {
            all.add(new PublishedVersion(v, contributors(byVersion.getOrDefault(v.number(), List.of()))));
        }
        return all.reversed();
    }

    Optional<PublishedVersion> published(UUID collaborationId, int number) {
        return visions.version(collaborationId, number)
                .map(v -> new PublishedVersion(v, contributors(comments.ofVersion(collaborationId, number))));
    }

    /** Whether the current version is a year old or more: time for the yearly review. */
    boolean reviewDue(UUID collaborationId) {
        return visions.newest(collaborationId)
                .map(v -> !v.publishedOn().plusYears(1).isAfter(LocalDate.now(clock))).orElse(false);
    }

    /**
     * One entry per person: a resident who commented twice is named once; residents who chose no name and
     * comments written down in meetings each count as "een inwoner".
     */
    static List<Contributor> contributors(List<Comment> counted) {
        Map<Object, Contributor> people = new LinkedHashMap<>();
        for (Comment c : counted) {
            if (c.byResident()) {
                Object key = c.residentId() != null ? c.residentId() : c.id();
                Contributor named = new Contributor(true, c.shownName(), null);
                // A later comment may give a name the first one did not; the last choice counts.
                people.put(key, named);
            } else {
                people.putIfAbsent(c.staffId(), new Contributor(false, c.shownName(), c.organisation()));
            }
        }
        List<Contributor> list = new ArrayList<>(people.values());
        list.sort((a, b) -> Boolean.compare(!a.resident(), !b.resident()));
        return List.copyOf(list);
    }

    private static void throwFirst(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            var first = errors.entrySet().iterator().next();
            throw new InvalidVisionException(first.getKey(), first.getValue());
        }
    }

    private static void requireCoordinator(CollaborationAccess access) {
        requireAtLeast(access, Role.COORDINATOR);
    }

    private static void requireAtLeast(CollaborationAccess access, Role role) {
        if (!access.can(role)) {
            throw new ForbiddenException();
        }
    }
}
