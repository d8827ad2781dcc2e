package nl.samenspraak.language.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import nl.samenspraak.language.internal.JargonEdits.JargonEdit;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The platform administrator's use cases on the jargon list: search it, add a phrase, change an alternative,
 * remove a phrase (also a shipped one) and undo an edit. Every edit is audited; after it is committed the list on
 * this node is read again, so the checker uses it at once.
 */
@Service
class JargonEditor {

    static final int PAGE_SIZE = 50;
    static final int QUERY_MAX = 80;
    static final String OBJECT_TYPE = "language_jargon";

    /** Where a row of the list comes from. */
    enum Origin { SHIPPED, CHANGED, ADDED, REMOVED }

    /**
     * One phrase as the administrator sees it: its alternative now (null when removed), the shipped one (null when
     * added), the edit on top of the shipped list (null when none), and what that makes it. The derived values are
     * components, not methods, so that the page's expressions read them as plain properties.
     */
    record Row(String phrase, String alternative, String shippedAlternative, JargonEdit edit, Origin origin,
               boolean removed, boolean edited) {

        static Row of(String phrase, String alternative, String shippedAlternative, JargonEdit edit) {
            Origin origin = edit == null ? Origin.SHIPPED : edit.removed() ? Origin.REMOVED
                    : shippedAlternative == null ? Origin.ADDED : Origin.CHANGED;
            return new Row(phrase, alternative, shippedAlternative, edit, origin, origin == Origin.REMOVED,
                    edit != null);
        }
    }

    /** One page of the list: {@code next} is the phrase to continue after, null on the last page. */
    record Page(List<Row> rows, String next, int matching, int total) {}

    static final class DuplicatePhraseException extends RuntimeException {
        DuplicatePhraseException() {
            super("phrase already in the list", null, false, false);
        }
    }

    private final JargonList list;
    private final JargonEdits edits;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    JargonEditor(JargonList list, JargonEdits edits, AuditTrail audit, TransactionTemplate transaction, Clock clock) {
        this.list = list;
        this.edits = edits;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * The phrases whose phrase or alternative contains {@code query} (any case), in alphabetical order, those after
     * {@code after} (keyset paging), {@link #PAGE_SIZE} at most. Removed shipped phrases are listed too, so that
     * their removal can be undone.
     */
    Page search(String query, String after) {
        String needle = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<Row> matching = new ArrayList<>();
        List<Row> all = rows();
        for (Row row : all) {
            if (needle.isEmpty() || row.phrase().contains(needle)
                    || row.alternative() != null && row.alternative().toLowerCase(Locale.ROOT).contains(needle)) {
                matching.add(row);
            }
        }
        int from = 0;
        if (after != null && !after.isBlank()) {
            String key = JargonForm.normalisePhrase(after);
            while (from < matching.size() && matching.get(from).phrase().compareTo(key) <= 0) {
                from++;
            }
        }
        int to = Math.min(matching.size(), from + PAGE_SIZE);
        String next = to < matching.size() ? matching.get(to - 1).phrase() : null;
        return new Page(List.copyOf(matching.subList(from, to)), next, matching.size(), all.size());
    }

    Optional<Row> find(String phrase) {
        String key = JargonForm.normalisePhrase(phrase);
        return rows().stream().filter(r -> r.phrase().equals(key)).findFirst();
    }

    /** Adds a phrase that is not in the list now (a removed shipped phrase may come back this way). */
    String add(JargonForm form, String actor) {
        String phrase = form.normalisedPhrase();
        if (list.current().entries().containsKey(phrase)) {
            throw new DuplicatePhraseException();
        }
        save(phrase, form.strippedAlternative(), actor, "language.jargon.add", "added");
        return phrase;
    }

    /** Gives a phrase in the list a new alternative. */
    void change(String phrase, JargonForm form, String actor) {
        String key = existing(phrase);
        save(key, form.strippedAlternative(), actor, "language.jargon.change", "changed");
    }

    /** Takes a phrase out of the list: an added one is forgotten, a shipped one is marked as removed. */
    void remove(String phrase, String actor) {
        String key = existing(phrase);
        if (list.shipped().containsKey(key)) {
            save(key, null, actor, "language.jargon.remove", "removed");
        } else {
            transaction.executeWithoutResult(status -> {
                edits.delete(key);
                audit.record(null, actor, "language.jargon.remove", OBJECT_TYPE, key, "removed");
            });
            list.refresh();
        }
    }

    /** Undoes the edit of a phrase: a shipped phrase gets its shipped alternative back, an added one goes. */
    void undo(String phrase, String actor) {
        String key = JargonForm.normalisePhrase(phrase);
        if (!list.current().edits().containsKey(key) && edits.find(key).isEmpty()) {
            throw new NotFoundException();
        }
        transaction.executeWithoutResult(status -> {
            edits.delete(key);
            audit.record(null, actor, "language.jargon.undo", OBJECT_TYPE, key,
                    list.shipped().containsKey(key) ? "shipped-restored" : "addition-undone");
        });
        list.refresh();
    }

    private String existing(String phrase) {
        String key = JargonForm.normalisePhrase(phrase);
        if (!list.current().entries().containsKey(key)) {
            throw new NotFoundException();
        }
        return key;
    }

    private void save(String phrase, String alternative, String actor, String action, String result) {
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> {
            edits.save(new JargonEdit(phrase, alternative, actor, now));
            audit.record(null, actor, action, OBJECT_TYPE, phrase, result);
        });
        list.refresh();
    }

    /** Shipped and edited phrases, removed ones included, in alphabetical order of the phrase. */
    private List<Row> rows() {
        JargonList.Snapshot now = list.current();
        Map<String, String> shipped = list.shipped();
        TreeSet<String> phrases = new TreeSet<>(shipped.keySet());
        phrases.addAll(now.edits().keySet());
        List<Row> rows = new ArrayList<>(phrases.size());
        for (String phrase : phrases) {
            rows.add(Row.of(phrase, now.entries().get(phrase), shipped.get(phrase), now.edits().get(phrase)));
        }
        return rows;
    }
}
