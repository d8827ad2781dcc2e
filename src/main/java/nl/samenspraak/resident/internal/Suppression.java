package nl.samenspraak.resident.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Small-cell suppression for counts of special-category data. A count from 1 to 9 is never shown
 * ("minder dan 10"). Because a shown total minus the shown cells of its line would give a hidden
 * count back, each line (cells adding up to a total) must hide at least two members, and the
 * hidden cells must not be pinned down by the bounds a reader knows (a "minder dan 10" cell lies
 * between 1 and 9, an extra hidden cell is at least 10). Extra cells are hidden, smallest first,
 * and when no cell is left the total itself, until every line is safe. Lines may share cells
 * (a column total is a cell of the main table), so all lines are checked together until nothing
 * changes.
 */
final class Suppression {

    static final int MIN = 10;

    enum State { SHOWN, SMALL, HIDDEN }

    /** Cells {@code members} add up to cell {@code total}. */
    record Line(int[] members, int total) {}

    private Suppression() {}

    static State[] apply(long[] values, List<Line> lines) {
        State[] state = new State[values.length];
        for (int i = 0; i < values.length; i++) {
            state[i] = values[i] > 0 && values[i] < MIN ? State.SMALL : State.SHOWN;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Line line : lines) {
                if (!safe(values, state, line)) {
                    hideOneMore(values, state, line);
                    changed = true;
                }
            }
        }
        return state;
    }

    static boolean safe(long[] values, State[] state, Line line) {
        List<Integer> hidden = new ArrayList<>();
        long shownSum = 0;
        for (int m : line.members()) {
            if (state[m] == State.SHOWN) {
                shownSum += values[m];
            } else {
                hidden.add(m);
            }
        }
        boolean totalHidden = state[line.total()] != State.SHOWN;
        int hiddenCount = hidden.size() + (totalHidden ? 1 : 0);
        if (hiddenCount == 0) {
            return true;
        }
        if (hiddenCount == 1) {
            return false;
        }
        if (totalHidden) {
            // No known sum: nothing in this line can be worked out from the others.
            return true;
        }
        long rest = values[line.total()] - shownSum;
        for (int i : hidden) {
            long othersLow = 0;
            long othersHigh = 0;
            boolean othersUnbounded = false;
            for (int j : hidden) {
                if (j != i) {
                    othersLow += low(state[j]);
                    if (state[j] == State.HIDDEN) {
                        othersUnbounded = true;
                    } else {
                        othersHigh += MIN - 1;
                    }
                }
            }
            long min = othersUnbounded ? low(state[i]) : Math.max(low(state[i]), rest - othersHigh);
            long max = Math.min(high(state[i]), rest - othersLow);
            if (min >= max) {
                return false;
            }
        }
        return true;
    }

    private static void hideOneMore(long[] values, State[] state, Line line) {
        int pick = -1;
        for (int m : line.members()) {
            if (state[m] == State.SHOWN && values[m] > 0 && (pick < 0 || values[m] < values[pick])) {
                pick = m;
            }
        }
        if (pick < 0 && state[line.total()] == State.SHOWN) {
            pick = line.total();
        }
        if (pick < 0) {
            // Everything that could be hidden is: the line holds only hidden cells and zeros.
            throw new IllegalStateException("line cannot be made safe: " + Arrays.toString(line.members()));
        }
        state[pick] = State.HIDDEN;
    }

    private static long low(State s) {
        return s == State.HIDDEN ? MIN : 1;
    }

    private static long high(State s) {
        return s == State.HIDDEN ? Long.MAX_VALUE : MIN - 1;
    }
}
