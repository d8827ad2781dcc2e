package nl.samenspraak.language;

import java.util.ArrayList;
import java.util.List;

/**
 * One checked text as a page shows it: the text itself, the checker's verdict, and the text cut into pieces so that
 * each finding can be marked where it is. This is what the {@code fragments/language :: panel} fragment takes.
 */
public record CheckedText(String text, TextCheck check) {

    /**
     * A piece of the marked text: plain text when {@code finding} is null, else a marked finding with its number in
     * the list of findings (from 1) and the pieces inside it (a long word inside a long sentence).
     */
    public record Piece(String text, Finding finding, int number, List<Piece> inside) {
        public boolean marked() {
            return finding != null;
        }
    }

    /**
     * The text with its findings nested where they fit. A finding that only partly overlaps one already marked is
     * left unmarked in the text; it still appears in the list of findings.
     */
    public List<Piece> pieces() {
        List<Finding> findings = check.findings();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (f.start() >= 0 && f.end() <= text.length() && f.start() < f.end()) {
                order.add(i);
            }
        }
        // Wider findings first at the same start, so they contain the narrower ones.
        order.sort((a, b) -> {
            Finding x = findings.get(a);
            Finding y = findings.get(b);
            return x.start() != y.start() ? Integer.compare(x.start(), y.start()) : Integer.compare(y.end(), x.end());
        });
        return pieces(0, text.length(), order, findings);
    }

    private List<Piece> pieces(int from, int to, List<Integer> candidates, List<Finding> findings) {
        List<Piece> result = new ArrayList<>();
        int at = from;
        int i = 0;
        while (i < candidates.size()) {
            int index = candidates.get(i);
            Finding f = findings.get(index);
            if (f.start() < at || f.end() > to) {
                i++;
                continue;
            }
            if (f.start() > at) {
                result.add(new Piece(text.substring(at, f.start()), null, 0, List.of()));
            }
            List<Integer> inner = new ArrayList<>();
            int j = i + 1;
            for (; j < candidates.size() && findings.get(candidates.get(j)).start() < f.end(); j++) {
                inner.add(candidates.get(j));
            }
            result.add(new Piece(text.substring(f.start(), f.end()), f, index + 1,
                    pieces(f.start(), f.end(), inner, findings)));
            at = f.end();
            i = j;
        }
        if (at < to) {
            result.add(new Piece(text.substring(at, to), null, 0, List.of()));
        }
        return result;
    }
}
