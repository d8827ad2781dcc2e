package nl.samenspraak.input;

import java.time.LocalDate;
import java.util.UUID;

/** An input as it arrives, online or captured by staff. {@code capturedBy} is null for residents themselves. */
public record NewInput(String text, Channel channel, LocalDate receivedOn, boolean publish, Author author,
                       UUID capturedBy) {

    public NewInput {
        author = author == null ? Author.anonymous() : author;
    }
}
