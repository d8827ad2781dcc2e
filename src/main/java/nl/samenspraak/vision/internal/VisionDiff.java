package nl.samenspraak.vision.internal;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The difference between two versions, word by word, as pieces of text that stayed, were added or were
 * removed. Whitespace is kept with the word before it, so the text reads as written; a change in spacing
 * alone is no change.
 */
final class VisionDiff {

    enum Change { SAME, ADDED, REMOVED }

    record Piece(Change change, String text) {

        public boolean added() {
            return change == Change.ADDED;
        }

        public boolean removed() {
            return change == Change.REMOVED;
        }
    }

    /** The pieces, and how many words were added and removed. */
    record Result(List<Piece> pieces, int wordsAdded, int wordsRemoved) {

        public boolean same() {
            return wordsAdded == 0 && wordsRemoved == 0;
        }
    }

    private static final Pattern TOKEN = Pattern.compile("\\S+\\s*|\\s+");

    private VisionDiff() {}

    static Result between(String older, String newer) {
        List<String> from = tokens(older);
        List<String> to = tokens(newer);
        Patch<String> patch = DiffUtils.diff(from, to, (a, b) -> a.strip().equals(b.strip()));
        List<Piece> pieces = new ArrayList<>();
        int added = 0;
        int removed = 0;
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int sourceAt = delta.getSource().getPosition();
            int targetAt = delta.getTarget().getPosition();
            // What stayed before this change, as it reads in the newer text.
            int same = sourceAt - position;
            int targetStart = targetAt - same;
            append(pieces, Change.SAME, to.subList(targetStart, targetAt));
            List<String> gone = delta.getSource().getLines();
            List<String> come = delta.getTarget().getLines();
            append(pieces, Change.REMOVED, gone);
            append(pieces, Change.ADDED, come);
            removed += words(gone);
            added += words(come);
            position = sourceAt + gone.size();
        }
        int tail = from.size() - position;
        append(pieces, Change.SAME, to.subList(to.size() - tail, to.size()));
        return new Result(List.copyOf(pieces), added, removed);
    }

    private static void append(List<Piece> pieces, Change change, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (change != Change.SAME) {
            // The label and the mark are around the words; the space after them belongs to the text that follows.
            String stripped = text.stripTrailing();
            if (stripped.isEmpty()) {
                return;
            }
            pieces.add(new Piece(change, stripped));
            String rest = text.substring(stripped.length());
            if (!rest.isEmpty()) {
                pieces.add(new Piece(Change.SAME, rest));
            }
            return;
        }
        if (!pieces.isEmpty() && pieces.getLast().change() == Change.SAME) {
            pieces.set(pieces.size() - 1, new Piece(Change.SAME, pieces.getLast().text() + text));
        } else {
            pieces.add(new Piece(change, text));
        }
    }

    private static int words(List<String> tokens) {
        return (int) tokens.stream().filter(t -> !t.isBlank()).count();
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}
