package nl.samenspraak.input;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An input as it arrives, online or captured by staff. {@code capturedBy} is null for residents
 * themselves. {@code language} is that of the page the author used ({@code nl} when staff capture
 * it); {@code receiptByPost} asks for a receipt letter when the answer goes by post; {@code formKey}
 * is the one-time key of the form it was sent with (null when there is none).
 */
public record NewInput(String text, Channel channel, LocalDate receivedOn, boolean publish, Author author,
                       UUID capturedBy, String language, boolean receiptByPost, FormKey formKey) {

    public NewInput {
        author = author == null ? Author.anonymous() : author;
        language = Input.ENGLISH.equals(language) ? Input.ENGLISH : Input.DUTCH;
    }

    /** An input in Dutch, without a receipt letter and without a form key. */
    public NewInput(String text, Channel channel, LocalDate receivedOn, boolean publish, Author author, UUID capturedBy) {
        this(text, channel, receivedOn, publish, author, capturedBy, Input.DUTCH, false, null);
    }
}
