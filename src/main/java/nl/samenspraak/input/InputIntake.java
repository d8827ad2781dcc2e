package nl.samenspraak.input;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.platform.Text;
import nl.samenspraak.process.Process;
import nl.samenspraak.process.Processes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes in input from every channel. One transaction stores the input, its contact
 * details (only with consent) and the {@link InputReceived} event, so an acknowledged
 * input is never lost.
 */
@Service
public class InputIntake {

    /**
     * What the resident gets back: the follow code and the date by which they will have an answer.
     * {@code repeated} says the same form was sent before and this is the input stored then.
     */
    public record Receipt(UUID id, FollowCode followCode, FeedbackStatus status, LocalDate answerDue,
                          boolean repeated) {}

    static final String CONSENT_PURPOSE = "answer";
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ()\\-]{5,}$");

    private final JdbcClient jdbc;
    private final Processes processes;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    InputIntake(JdbcClient jdbc, Processes processes, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.processes = processes;
        this.clock = clock;
        this.events = events;
    }

    /** A resident's own input on the public process page. */
    @Transactional
    public Receipt receiveOnline(UUID processId, String text, boolean publish, Author author) {
        return receiveOnline(processId, text, publish, author, Input.DUTCH, false, null);
    }

    /**
     * A resident's own input on the public process page, in the language of that page, with the
     * receipt letter they asked for and the one-time key of the form (null for none).
     */
    @Transactional
    public Receipt receiveOnline(UUID processId, String text, boolean publish, Author author, String language,
                                 boolean receiptByPost, FormKey formKey) {
        Process process = processes.findPublic(processId).orElseThrow(NotFoundException::new);
        return store(process, new NewInput(text, Channel.ONLINE, LocalDate.now(clock), publish, author, null,
                language, receiptByPost, formKey));
    }

    /** Input captured by staff of the collaboration (or sent through the API). */
    @Transactional
    public Receipt capture(UUID collaborationId, UUID processId, NewInput input) {
        Process process = processes.find(collaborationId, processId).orElseThrow(NotFoundException::new);
        return store(process, input);
    }

    private Receipt store(Process process, NewInput input) {
        // The same form sent again: what it stored the first time is the answer, whatever it holds now.
        String keyHash = input.formKey() == null ? null : input.formKey().hash();
        if (keyHash != null) {
            Optional<Receipt> earlier = storedWith(process.id(), keyHash);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        String text = Text.clean(input.text());
        if (text.isEmpty()) {
            throw new InvalidInputException("text", "input.error.textRequired");
        }
        if (text.length() > InputLimits.TEXT) {
            throw new InvalidInputException("text", "input.error.textTooLong");
        }
        if (input.channel() == null) {
            throw new InvalidInputException("channel", "input.error.channel");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate receivedOn = input.receivedOn() == null ? today : input.receivedOn();
        if (receivedOn.isAfter(today)) {
            throw new InvalidInputException("receivedOn", "input.error.receivedInFuture");
        }
        if (receivedOn.isBefore(today.minusYears(2))) {
            throw new InvalidInputException("receivedOn", "input.error.receivedTooLongAgo");
        }
        Author author = checkedAuthor(input.author());
        LocalDate due = receivedOn.plusDays(process.answerWithinDays());

        UUID id = UUID.randomUUID();
        boolean receiptByPost = input.receiptByPost() && author.contactBy() == ContactBy.POST;
        FollowCode code = insert(id, process, input, text, receivedOn, due, author.contactBy(), receiptByPost, keyHash);
        if (code == null) {
            // Another request with the same form key committed first: show what it stored.
            return storedWith(process.id(), keyHash).orElseThrow(() -> new IllegalStateException("form key lost"));
        }
        if (hasDetails(author)) {
            jdbc.sql("""
                    INSERT INTO input_contact (input_id, collaboration_id, name, email, postal_address, phone,
                        consent_at, consent_purpose)
                    VALUES (:id, :c, :name, :email, :postal, :phone, :now, :purpose)
                    """)
                    .param("id", id).param("c", process.collaborationId())
                    .param("name", author.name()).param("email", author.email())
                    .param("postal", author.postalAddress()).param("phone", author.phone())
                    .param("now", java.sql.Timestamp.from(clock.instant())).param("purpose", CONSENT_PURPOSE)
                    .update();
        }
        events.publishEvent(new InputReceived(id, process.collaborationId(), process.id(), input.channel()));
        return new Receipt(id, code, FeedbackStatus.RECEIVED, due, false);
    }

    private Optional<Receipt> storedWith(UUID processId, String keyHash) {
        return jdbc.sql("""
                SELECT id, follow_code, status, answer_due FROM input WHERE process_id = :p AND form_key_hash = :key
                """)
                .param("p", processId).param("key", keyHash)
                .query((rs, n) -> new Receipt(rs.getObject("id", UUID.class), new FollowCode(rs.getString("follow_code")),
                        FeedbackStatus.valueOf(rs.getString("status")), rs.getObject("answer_due", LocalDate.class), true))
                .optional();
    }

    private FollowCode insert(UUID id, Process process, NewInput input, String text, LocalDate receivedOn,
                              LocalDate due, ContactBy contactBy, boolean receiptByPost, String keyHash) {
        // A clash on the random follow code (about one in 10^11 per pair) is simply tried again;
        // ON CONFLICT keeps the transaction intact without a savepoint per input. A clash on the form
        // key means the same form was stored by a request that ran at the same time: null.
        for (int attempt = 0; attempt < 5; attempt++) {
            FollowCode code = FollowCode.random();
            int inserted = jdbc.sql("""
                    INSERT INTO input (id, collaboration_id, process_id, follow_code, text, channel, received_on,
                        answer_due, publish, contact_by, status, captured_by, created_at, language, receipt_by_post,
                        form_key_hash)
                    VALUES (:id, :c, :p, :code, :text, :channel, :received, :due, :publish, :contact, 'RECEIVED',
                        :capturedBy, :now, :language, :receiptByPost, :keyHash)
                    ON CONFLICT DO NOTHING
                    """)
                    .param("id", id).param("c", process.collaborationId()).param("p", process.id())
                    .param("code", code.value()).param("text", text).param("channel", input.channel().name())
                    .param("received", receivedOn).param("due", due).param("publish", input.publish())
                    .param("contact", contactBy.name()).param("capturedBy", input.capturedBy())
                    .param("now", java.sql.Timestamp.from(clock.instant()))
                    .param("language", input.language()).param("receiptByPost", receiptByPost)
                    .param("keyHash", keyHash)
                    .update();
            if (inserted == 1) {
                return code;
            }
            if (keyHash != null && storedWith(process.id(), keyHash).isPresent()) {
                return null;
            }
        }
        throw new IllegalStateException("no free follow code after 5 attempts");
    }

    /** Contact details only with consent, and the chosen channel must have what it needs. */
    private static Author checkedAuthor(Author given) {
        Author author = new Author(Text.cleanOrNull(given.name()), Text.cleanOrNull(given.email()),
                Text.cleanOrNull(given.postalAddress()), Text.cleanOrNull(given.phone()),
                given.contactBy() == null ? ContactBy.NONE : given.contactBy(), given.consent());
        if (author.name() != null && author.name().length() > InputLimits.NAME) {
            throw new InvalidInputException("name", "input.error.nameTooLong");
        }
        if (author.email() != null && (author.email().length() > InputLimits.EMAIL || !EMAIL.matcher(author.email()).matches())) {
            throw new InvalidInputException("email", "input.error.email");
        }
        if (author.phone() != null && (author.phone().length() > InputLimits.PHONE || !PHONE.matcher(author.phone()).matches())) {
            throw new InvalidInputException("phone", "input.error.phone");
        }
        if (author.postalAddress() != null && author.postalAddress().length() > InputLimits.POSTAL_ADDRESS) {
            throw new InvalidInputException("postalAddress", "input.error.postalAddressTooLong");
        }
        switch (author.contactBy()) {
            case EMAIL -> require(author.email(), "email", "input.error.emailRequired");
            case POST -> require(author.postalAddress(), "postalAddress", "input.error.postalAddressRequired");
            case PHONE -> require(author.phone(), "phone", "input.error.phoneRequired");
            case NONE -> { }
        }
        if (hasDetails(author) && !author.consent()) {
            throw new InvalidInputException("consent", "input.error.consentRequired");
        }
        // Keep only what is needed to send the answer through the chosen channel.
        return new Author(author.name(),
                author.contactBy() == ContactBy.EMAIL ? author.email() : null,
                author.contactBy() == ContactBy.POST ? author.postalAddress() : null,
                author.contactBy() == ContactBy.PHONE ? author.phone() : null,
                author.contactBy(), author.consent());
    }

    private static void require(String value, String field, String key) {
        if (value == null) {
            throw new InvalidInputException(field, key);
        }
    }

    private static boolean hasDetails(Author author) {
        return author.name() != null || author.email() != null || author.postalAddress() != null || author.phone() != null;
    }
}
