package nl.samenspraak.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV as RFC 4180 describes it (commas, CRLF, a quoted cell when it holds a comma, quote or line break),
 * for downloads that people open in a spreadsheet: a cell that a spreadsheet would run as a formula (starting with
 * {@code = + - @}, a tab or a carriage return) gets a leading apostrophe, so a resident's text can never run there.
 */
public final class Csv {

    /** The byte order mark that makes Excel read the file as UTF-8 (so "é" stays "é"). */
    public static final char BOM = '\uFEFF';

    private final Writer out;

    private Csv(Writer out) {
        this.out = out;
    }

    /** A writer that starts with the byte order mark; {@code out} must encode UTF-8. */
    public static Csv withBom(Writer out) {
        try {
            out.write(BOM);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Csv(out);
    }

    /** One record; null cells are empty. */
    public Csv row(List<String> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(cell(cells.get(i)));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** One cell: formula-safe, and quoted (quotes doubled) when it holds a comma, a quote or a line break. */
    public static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            v = '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
