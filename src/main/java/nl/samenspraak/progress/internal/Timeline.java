package nl.samenspraak.progress.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.feedback.DecisionState;
import nl.samenspraak.feedback.DecisionUpdate;
import nl.samenspraak.feedback.PublicDecision;
import nl.samenspraak.process.Phase;
import nl.samenspraak.process.Process;
import nl.samenspraak.progress.Milestone;

/**
 * The dated things residents can follow, newest first: phases that began, decisions and each of
 * their updates, milestones, quick wins and delay notices. Built from lists each read in one query.
 */
record Timeline(List<Entry> entries) {

    enum Kind { PHASE, DECISION, DECISION_UPDATE, MILESTONE, QUICK_WIN, DELAY_NOTICE }

    /**
     * One item. {@code key} is unique and stable (the Atom entry id and the paging key);
     * {@code state} is set for decisions (their state now) and their updates (the state they reported); {@code photoId} for a milestone with a photo.
     */
    record Entry(LocalDate date, Kind kind, String key, UUID processId, String processTitle, String title, String text,
                 DecisionState state, String decidedBy, UUID photoId, String photoAlt) {

        /** A delay, a stop or a delay notice: the template shows it so nobody can miss it. */
        public boolean badNews() {
            return kind == Kind.DELAY_NOTICE || state == DecisionState.DELAYED || state == DecisionState.STOPPED;
        }

        /** The paging key: date first, then the key, as the list is sorted. */
        String cursor() {
            return date + "_" + key;
        }
    }

    /** Newest first; on one day the key decides, so a page boundary is never ambiguous. */
    static final Comparator<Entry> NEWEST_FIRST = Comparator.comparing(Entry::cursor).reversed();

    static Timeline of(List<Process> processes, List<PublicDecision> decisions, List<Milestone> milestones, LocalDate today) {
        Map<UUID, String> titles = new java.util.HashMap<>();
        processes.forEach(p -> titles.put(p.id(), p.title()));
        List<Entry> entries = new ArrayList<>();
        for (Process process : processes) {
            List<Phase> phases = process.phases();
            for (int i = 0; i < phases.size(); i++) {
                Phase phase = phases.get(i);
                // Only phases that have begun: plans ahead are on the process page's planning.
                if (!phase.startsOn().isAfter(today)) {
                    entries.add(new Entry(phase.startsOn(), Kind.PHASE, "p-" + process.id() + "-" + i, process.id(),
                            process.title(), phase.name(), null, null, null, null, null));
                }
            }
        }
        for (PublicDecision d : decisions) {
            String processTitle = titles.getOrDefault(d.processId(), "");
            entries.add(new Entry(d.decidedOn(), Kind.DECISION, "d-" + d.id(), d.processId(), processTitle, d.title(),
                    d.text(), d.state(), d.decidedBy(), null, null));
            for (DecisionUpdate u : d.updates()) {
                entries.add(new Entry(u.date(), Kind.DECISION_UPDATE, "d-" + d.id() + "-" + String.format("%05d", u.number()),
                        d.processId(), processTitle, d.title(), u.text(), u.state(), null, null, null));
            }
        }
        for (Milestone m : milestones) {
            Kind kind = Kind.valueOf(m.kind().name());
            entries.add(new Entry(m.date(), kind, "m-" + m.id(), m.processId(), titles.getOrDefault(m.processId(), ""),
                    m.title(), m.text(), null, null, m.hasPhoto() ? m.id().value() : null, m.photoAlt()));
        }
        entries.sort(NEWEST_FIRST);
        return new Timeline(List.copyOf(entries));
    }

    /** Entries after {@code cursor} (null: from the start), at most {@code size}. */
    Page page(String cursor, int size) {
        int from = 0;
        if (cursor != null) {
            // The cursor is "date_key", and entries are sorted by exactly that text, newest first.
            from = entries.size();
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i).cursor().compareTo(cursor) < 0) {
                    from = i;
                    break;
                }
            }
        }
        int to = Math.min(entries.size(), from + size);
        String next = to < entries.size() ? entries.get(to - 1).cursor() : null;
        return new Page(entries.subList(from, to), next);
    }

    record Page(List<Entry> entries, String nextCursor) {}
}
