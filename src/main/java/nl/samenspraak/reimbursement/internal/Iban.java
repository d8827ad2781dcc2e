package nl.samenspraak.reimbursement.internal;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

/** International bank account numbers: written the way people type them, checked with ISO 13616 mod 97. */
final class Iban {

    private static final Pattern SHAPE = Pattern.compile("^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$");
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Iban() {}

    /** Without spaces, upper case; null when nothing was typed. */
    static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String compact = typed.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
        return compact.isEmpty() ? null : compact;
    }

    static boolean valid(String iban) {
        if (iban == null || !SHAPE.matcher(iban).matches()) {
            return false;
        }
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }

    /** In groups of four, as printed on a bank card. */
    static String display(String iban) {
        return iban == null ? null : iban.replaceAll("(.{4})(?=.)", "$1 ");
    }

    /** Only the last four characters, for pages a link opens. */
    static String masked(String iban) {
        return iban == null ? null : "•••• " + iban.substring(iban.length() - 4);
    }
}
