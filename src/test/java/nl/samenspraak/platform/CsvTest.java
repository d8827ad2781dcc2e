package nl.samenspraak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one CSV writer: what a spreadsheet opens safely and reads back as it was written. */
class CsvTest {

    @Test
    void startsWithTheByteOrderMarkAndEndsEveryRecordWithCrLf() {
        StringWriter out = new StringWriter();
        Csv.withBom(out).row(List.of("a", "b")).row(List.of("c", "d"));
        assertThat(out.toString()).isEqualTo("\uFEFFa,b\r\nc,d\r\n");
    }

    @Test
    void quotesCellsWithCommasQuotesOrLineBreaksAndDoublesQuotes() {
        assertThat(Csv.cell("een, twee")).isEqualTo("\"een, twee\"");
        assertThat(Csv.cell("zij zei \"ja\"")).isEqualTo("\"zij zei \"\"ja\"\"\"");
        assertThat(Csv.cell("regel\nregel")).isEqualTo("\"regel\nregel\"");
        assertThat(Csv.cell(null)).isEmpty();
        assertThat(Csv.cell("gewoon")).isEqualTo("gewoon");
    }

    @Test
    void defusesEveryCellASpreadsheetWouldRunAsAFormula() {
        for (String formula : Arrays.asList("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(Csv.cell(formula)).as(formula).contains("'" + formula.charAt(0));
        }
        assertThat(Csv.cell("=HYPERLINK(\"x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
        assertThat(Csv.cell("a=b")).isEqualTo("a=b");
    }
}
