package nl.samenspraak.resident.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** No count from 1 to 9 can be read or worked out from what the comparison page shows. */
class SuppressionTest {

    @Test
    void neverShowsACountBelowTen() {
        long[] values = {40, 3, 25, 12};
        Suppression.State[] states = Suppression.apply(values, List.of(new Suppression.Line(new int[] {1, 2, 3}, 0)));
        assertThat(states[1]).isEqualTo(Suppression.State.SMALL);
    }

    @Test
    void hidesASecondCellSoTheTotalDoesNotGiveTheSmallOneAway() {
        long[] values = {40, 3, 25, 12};
        Suppression.State[] states = Suppression.apply(values, List.of(new Suppression.Line(new int[] {1, 2, 3}, 0)));

        assertThat(states[0]).isEqualTo(Suppression.State.SHOWN);
        assertThat(states[3]).as("the smallest other cell is hidden too").isEqualTo(Suppression.State.HIDDEN);
        assertThat(states[2]).isEqualTo(Suppression.State.SHOWN);
    }

    @Test
    void hidesTheTotalWhenTwoSmallCellsWouldStillBePinnedDown() {
        // 1 + 1 = total 2 - 0: both small cells would be known to be 1.
        long[] values = {2, 1, 1, 0};
        Suppression.State[] states = Suppression.apply(values, List.of(new Suppression.Line(new int[] {1, 2, 3}, 0)));
        assertThat(states[0]).isNotEqualTo(Suppression.State.SHOWN);
    }

    @Test
    void crossTablesKeepRowsColumnsAndTotalsSafeTogether() {
        Random random = new Random(42);
        for (int round = 0; round < 500; round++) {
            int rows = 1 + random.nextInt(4);
            int cols = 2 + random.nextInt(4);
            long[][] x = new long[rows][cols];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    x[r][c] = random.nextInt(4) == 0 ? 0 : random.nextInt(30);
                }
            }
            // cells: [0] grand total, [1..cols] column totals, then rows of cols cells + row total
            long[] values = new long[1 + cols + rows * (cols + 1)];
            List<Suppression.Line> lines = new ArrayList<>();
            int[] colTotals = new int[cols];
            int[] rowTotals = new int[rows];
            for (int c = 0; c < cols; c++) {
                colTotals[c] = 1 + c;
            }
            for (int r = 0; r < rows; r++) {
                int start = 1 + cols + r * (cols + 1);
                int[] members = new int[cols];
                for (int c = 0; c < cols; c++) {
                    values[start + c] = x[r][c];
                    values[start + cols] += x[r][c];
                    values[1 + c] += x[r][c];
                    values[0] += x[r][c];
                    members[c] = start + c;
                }
                rowTotals[r] = start + cols;
                lines.add(new Suppression.Line(members, start + cols));
            }
            for (int c = 0; c < cols; c++) {
                int[] members = new int[rows];
                for (int r = 0; r < rows; r++) {
                    members[r] = 1 + cols + r * (cols + 1) + c;
                }
                lines.add(new Suppression.Line(members, 1 + c));
            }
            lines.add(new Suppression.Line(colTotals, 0));
            lines.add(new Suppression.Line(rowTotals, 0));

            Suppression.State[] states = Suppression.apply(values, lines);

            for (int i = 0; i < values.length; i++) {
                if (values[i] > 0 && values[i] < 10) {
                    assertThat(states[i]).as("a count of " + values[i] + " is never shown").isNotEqualTo(Suppression.State.SHOWN);
                }
            }
            for (Suppression.Line line : lines) {
                assertThat(Suppression.safe(values, states, line)).as("a line of round " + round).isTrue();
                long hidden = java.util.Arrays.stream(line.members()).filter(m -> states[m] != Suppression.State.SHOWN).count()
                        + (states[line.total()] != Suppression.State.SHOWN ? 1 : 0);
                assertThat(hidden).as("never exactly one hidden member in a line: the others would give it away")
                        .isNotEqualTo(1);
            }
        }
    }
}
