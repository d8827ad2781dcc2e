package nl.samenspraak.feedback.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.StaffAccounts;
import nl.samenspraak.collaboration.CollaborationContact;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.feedback.NoticeKind;
import nl.samenspraak.input.FollowCode;
import nl.samenspraak.input.Input;
import nl.samenspraak.input.InputContacts;
import nl.samenspraak.input.InputViews;
import nl.samenspraak.input.Salutations;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.process.Process;
import nl.samenspraak.process.Processes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Letters for authors who want an answer on paper. Letters wait as TO_PRINT until staff
 * make a batch: one PDF, stored, after which its letters count as PRINTED. The oldest
 * letters go first, at most {@link #MAX_BATCH} per PDF, so the list works as a queue.
 */
@Service
class Letters {

    static final int MAX_BATCH = 300;
    static final int BATCHES_SHOWN = 50;

    record DueLetter(UUID notificationId, NoticeKind kind, FollowCode followCode, String processTitle,
                     LocalDate receivedOn, LocalDate answeredOn, String name) {}

    record Due(List<DueLetter> letters, int total) {
        /** The same letters for viewers: without the names they go to. */
        Due withoutNames() {
            return new Due(letters.stream().map(l -> new DueLetter(l.notificationId(), l.kind(), l.followCode(), l.processTitle(),
                    l.receivedOn(), l.answeredOn(), null)).toList(), total);
        }
    }

    /** @param pdfRemoved the PDF was deleted because one of its authors had their data erased */
    record Batch(UUID id, LocalDateTime createdAt, String createdBy, int letters, boolean pdfRemoved) {}

    /** A due letter; heading and message are set for notices other than an answer. */
    private record Open(UUID id, UUID inputId, NoticeKind kind, String heading, String message) {}

    private final JdbcClient jdbc;
    private final InputViews inputs;
    private final InputContacts contacts;
    private final Processes processes;
    private final StaffAccounts staff;
    private final AnswerTexts texts;
    private final LetterPdf pdf;
    private final AuditTrail audit;
    private final Clock clock;
    private final Collaborations collaborations;

    Letters(JdbcClient jdbc, InputViews inputs, InputContacts contacts, Processes processes, StaffAccounts staff,
            AnswerTexts texts, LetterPdf pdf, AuditTrail audit, Clock clock, Collaborations collaborations) {
        this.collaborations = collaborations;
        this.jdbc = jdbc;
        this.inputs = inputs;
        this.contacts = contacts;
        this.processes = processes;
        this.staff = staff;
        this.texts = texts;
        this.pdf = pdf;
        this.audit = audit;
        this.clock = clock;
    }

    Due due(UUID collaborationId) {
        int total = jdbc.sql("""
                SELECT count(*) FROM notification
                WHERE collaboration_id = :c AND channel = 'POST' AND state = 'TO_PRINT' AND done_at IS NULL
                """).param("c", collaborationId).query(Integer.class).single();
        List<Open> open = open(collaborationId, false);
        Map<UUID, Input> byId = inputs.findAll(collaborationId, open.stream().map(Open::inputId).toList());
        Map<UUID, InputContacts.Contact> contactOf = contacts.of(collaborationId, open.stream().map(Open::inputId).toList());
        Map<UUID, String> titles = titles(collaborationId);
        List<DueLetter> letters = new ArrayList<>();
        for (Open o : open) {
            Input input = byId.get(o.inputId());
            if (input != null) {
                InputContacts.Contact contact = contactOf.get(o.inputId());
                letters.add(new DueLetter(o.id(), o.kind(), input.followCode(), titles.getOrDefault(input.processId(), ""),
                        input.receivedOn(), input.answeredOn(), contact == null ? null : contact.name()));
            }
        }
        return new Due(letters, total);
    }

    List<Batch> batches(UUID collaborationId) {
        Map<UUID, String> names = staffNames(collaborationId);
        return jdbc.sql("""
                SELECT id, created_at, created_by, letters, pdf_removed_at FROM letter_batch
                WHERE collaboration_id = :c ORDER BY created_at DESC LIMIT :limit
                """)
                .param("c", collaborationId).param("limit", BATCHES_SHOWN)
                .query((rs, n) -> new Batch(rs.getObject("id", UUID.class),
                        LocalDateTime.ofInstant(rs.getTimestamp("created_at").toInstant(), clock.getZone()),
                        names.getOrDefault(rs.getObject("created_by", UUID.class), ""), rs.getInt("letters"),
                        rs.getTimestamp("pdf_removed_at") != null))
                .list();
    }

    Optional<byte[]> pdf(UUID collaborationId, UUID batchId) {
        return jdbc.sql("SELECT pdf FROM letter_batch WHERE id = :id AND collaboration_id = :c AND pdf IS NOT NULL")
                .param("id", batchId).param("c", collaborationId)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    /**
     * Makes one PDF of the oldest letters due and marks them printed, all in one
     * transaction: if the PDF fails, nothing is marked and the letters stay due. Empty when
     * there was nothing to print.
     */
    @Transactional
    Optional<UUID> print(CollaborationAccess access) {
        UUID collaborationId = access.collaborationId();
        List<Open> open = open(collaborationId, true);
        List<UUID> inputIds = open.stream().map(Open::inputId).toList();
        Map<UUID, Input> byId = inputs.findAll(collaborationId, inputIds);
        Map<UUID, InputContacts.Contact> contactOf = contacts.of(collaborationId, inputIds);
        Map<UUID, String> titles = titles(collaborationId);
        List<LetterPdf.Letter> letters = new ArrayList<>();
        List<UUID> printed = new ArrayList<>();
        List<UUID> unreachable = new ArrayList<>();
        for (Open o : open) {
            Input input = byId.get(o.inputId());
            InputContacts.Contact contact = contactOf.get(o.inputId());
            if (input == null || contact == null || contact.postalAddress() == null) {
                unreachable.add(o.id());
                continue;
            }
            Locale locale = input.locale();
            var words = new LetterPdf.Words(texts, locale, AnswerTexts.longDate(LocalDate.now(clock), locale));
            letters.add(o.kind() == NoticeKind.ANSWER
                    ? new LetterPdf.Letter(input.followCode().display(), contact.name(), contact.postalAddress(),
                            titles.getOrDefault(input.processId(), ""), AnswerTexts.quote(input.text()),
                            texts.status(input.status(), locale), letterAnswer(input, locale), null, null,
                            words)
                    : new LetterPdf.Letter(input.followCode().display(), contact.name(), contact.postalAddress(),
                            titles.getOrDefault(input.processId(), ""), AnswerTexts.quote(input.text()),
                            null, null, o.heading(), o.message(), words));
            printed.add(o.id());
        }
        // The author's details were erased meanwhile: there is no one to write to any more.
        close(unreachable, null, access);
        if (letters.isEmpty()) {
            return Optional.empty();
        }
        var coordinator = staff.coordinatorOf(collaborationId);
        CollaborationContact reach = collaborations.contact(collaborationId);
        String date = AnswerTexts.longDate(LocalDate.now(clock));
        byte[] document = pdf.render(new LetterPdf.Batch(
                texts.message("feedback.letter.documentTitle", access.collaborationName(), date), date,
                access.collaborationName(), texts.lookupUrl(),
                coordinator.map(StaffAccounts.Contact::displayName).orElse(null),
                coordinator.map(StaffAccounts.Contact::email).orElse(null),
                reach.hasPhone() ? reach.phone() : null, reach.hasPostalAddress() ? reach.postalAddress() : null, letters));
        UUID batchId = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO letter_batch (id, collaboration_id, created_at, created_by, letters, pdf)
                VALUES (:id, :c, :now, :by, :letters, :pdf)
                """)
                .param("id", batchId).param("c", collaborationId)
                .param("now", java.sql.Timestamp.from(clock.instant())).param("by", access.staffId())
                .param("letters", letters.size()).param("pdf", document)
                .update();
        close(printed, batchId, access);
        audit.record(collaborationId, access.actor(), "letters.print", "letter_batch", batchId,
                letters.size() + " letters");
        return Optional.of(batchId);
    }

    /**
     * The answer as the letter prints it: the letter greets and closes itself, so the answer's own
     * salutation ("Beste mevrouw De Vries,") and closing are left out; a referral follows.
     */
    private String letterAnswer(Input input, Locale locale) {
        String answer = input.answer() == null ? "" : Salutations.strip(input.answer());
        String referral = texts.referral(input, locale);
        return referral.isEmpty() ? answer : answer + "\n\n" + referral;
    }

    /** Printed letters get their batch; without a batch the row is only closed. */
    private void close(List<UUID> notificationIds, UUID batchId, CollaborationAccess access) {
        if (notificationIds.isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE notification SET " + (batchId == null ? "" : "state = 'PRINTED', letter_batch_id = :batch, ")
                        + "done_at = :now, done_by = :by WHERE id IN (:ids) AND collaboration_id = :c")
                .param("batch", batchId).param("now", java.sql.Timestamp.from(clock.instant()))
                .param("by", access.staffId()).param("ids", notificationIds).param("c", access.collaborationId())
                .update();
    }

    /** The oldest due letters; locked while printing so two clicks cannot print a letter twice. */
    private List<Open> open(UUID collaborationId, boolean lock) {
        return jdbc.sql("""
                SELECT id, input_id, kind, heading, message FROM notification
                WHERE collaboration_id = :c AND channel = 'POST' AND state = 'TO_PRINT' AND done_at IS NULL
                ORDER BY created_at, id LIMIT :limit
                """ + (lock ? " FOR UPDATE" : ""))
                .param("c", collaborationId).param("limit", MAX_BATCH)
                .query((rs, n) -> new Open(rs.getObject("id", UUID.class), rs.getObject("input_id", UUID.class),
                        NoticeKind.valueOf(rs.getString("kind")), rs.getString("heading"), rs.getString("message")))
                .list();
    }

    private Map<UUID, String> titles(UUID collaborationId) {
        return processes.ofCollaboration(collaborationId).stream().collect(Collectors.toMap(Process::id, Process::title));
    }

    private Map<UUID, String> staffNames(UUID collaborationId) {
        return staff.staffOf(collaborationId).stream()
                .collect(Collectors.toMap(StaffAccounts.StaffMember::id, StaffAccounts.StaffMember::displayName));
    }
}
