package nl.samenspraak.input;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import nl.samenspraak.platform.Text;

/**
 * What of one input is hidden from the public pages, and the rules of hiding: a reason from the
 * fixed list, a note for OTHER, a hidden part must be text that the input really contains, and
 * nothing is hidden twice. The input's own text is never changed: staff keep seeing all of it.
 */
public record Moderation(UUID inputId, String text, boolean published, List<Hiding> active) {

    /** The longest note staff may give; it is shown on the public page and told to the author. */
    public static final int NOTE = 500;

    /** One hiding in force: the whole input ({@code part} null) or the exact text {@code part}. */
    public record Hiding(long number, String part, ModerationReason reason, String note, Instant hiddenAt) {
        public boolean whole() {
            return part == null;
        }
    }

    /** A hiding that passed the rules, to be stored; the number comes with storing. */
    public record NewHiding(String part, ModerationReason reason, String note) {
        public boolean whole() {
            return part == null;
        }
    }

    /** A piece of the text for the staff's view: {@code hidden} is the reason when this piece is hidden. */
    public record Segment(String text, ModerationReason hidden) {}

    public Moderation {
        active = List.copyOf(active);
    }

    /**
     * Checks a hiding of {@code part} (blank: the whole input) and returns it to store; throws
     * without changing anything when a rule is broken.
     */
    public NewHiding hide(String part, ModerationReason reason, String note) {
        if (!published) {
            throw new InvalidInputException("part", "input.moderation.error.notPublished");
        }
        if (reason == null) {
            throw new InvalidInputException("reason", "input.moderation.error.reason");
        }
        String cleanNote = Text.cleanOrNull(note);
        if (reason == ModerationReason.OTHER && cleanNote == null) {
            throw new InvalidInputException("note", "input.moderation.error.noteRequired");
        }
        if (cleanNote != null && cleanNote.length() > NOTE) {
            throw new InvalidInputException("note", "input.moderation.error.noteTooLong");
        }
        // Only the ends are trimmed: the part must stay the exact text the staff member selected.
        String cleanPart = part == null || part.isBlank() ? null : part.strip();
        if (cleanPart == null) {
            if (wholeHidden().isPresent()) {
                throw new InvalidInputException("part", "input.moderation.error.alreadyHidden");
            }
            return new NewHiding(null, reason, cleanNote);
        }
        if (!text.contains(cleanPart)) {
            throw new InvalidInputException("part", "input.moderation.error.partNotFound");
        }
        if (active.stream().anyMatch(h -> cleanPart.equals(h.part()))) {
            throw new InvalidInputException("part", "input.moderation.error.alreadyHidden");
        }
        return new NewHiding(cleanPart, reason, cleanNote);
    }

    /** The hiding with this number, when it is in force; else the rule "only what is hidden can be shown". */
    public Hiding unhide(long number) {
        return active.stream().filter(h -> h.number() == number).findFirst()
                .orElseThrow(() -> new InvalidInputException("hiding", "input.moderation.error.notHidden"));
    }

    public Optional<Hiding> wholeHidden() {
        return active.stream().filter(Hiding::whole).findFirst();
    }

    public boolean isHidden() {
        return !active.isEmpty();
    }

    public List<Hiding> parts() {
        return active.stream().filter(h -> !h.whole()).toList();
    }

    /**
     * The text as the public may read it: every hidden part replaced by {@code marker} for its
     * reason; empty when the whole input is hidden.
     */
    public Optional<String> publicText(Function<ModerationReason, String> marker) {
        if (wholeHidden().isPresent()) {
            return Optional.empty();
        }
        StringBuilder shown = new StringBuilder();
        for (Segment segment : segments()) {
            shown.append(segment.hidden() == null ? segment.text() : marker.apply(segment.hidden()));
        }
        return Optional.of(shown.toString());
    }

    /**
     * The whole text in pieces, each hidden occurrence of a part as its own piece, so staff see
     * what the public does not. Longer parts win where parts overlap.
     */
    public List<Segment> segments() {
        ModerationReason[] hiddenAt = new ModerationReason[text.length()];
        parts().stream().sorted(Comparator.comparingInt((Hiding h) -> h.part().length()))
                .forEach(h -> {
                    for (int at = text.indexOf(h.part()); at >= 0; at = text.indexOf(h.part(), at + h.part().length())) {
                        for (int i = at; i < at + h.part().length(); i++) {
                            hiddenAt[i] = h.reason();
                        }
                    }
                });
        List<Segment> segments = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || hiddenAt[i] != hiddenAt[start]) {
                if (i > start) {
                    segments.add(new Segment(text.substring(start, i), hiddenAt[start]));
                }
                start = i;
            }
        }
        return segments;
    }
}
