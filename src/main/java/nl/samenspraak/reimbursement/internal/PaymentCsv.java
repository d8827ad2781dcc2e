package nl.samenspraak.reimbursement.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The payment list for a spreadsheet: UTF-8 with a byte order mark (so Excel shows é), semicolons
 * and decimal commas (as Dutch Excel expects), every value quoted, and values that a spreadsheet
 * would run as a formula neutralised with a leading apostrophe.
 */
final class PaymentCsv {

    private PaymentCsv() {}

    static byte[] write(PaymentBatch batch, List<Claim> claims, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        StringBuilder csv = new StringBuilder("\uFEFF");
        row(csv, english
                ? List.of("Batch", "Reference", "Account holder", "IBAN", "Amount", "Kind", "Activity", "Date of activity")
                : List.of("Batch", "Kenmerk", "Rekeninghouder", "IBAN", "Bedrag", "Soort", "Activiteit", "Datum activiteit"));
        for (Claim claim : claims) {
            row(csv, List.of(batch.reference(), claim.endToEndId(), claim.accountHolder(), claim.iban(),
                    english ? SepaFile.amount(claim.amount()) : SepaFile.amount(claim.amount()).replace('.', ','),
                    claim.kind().name(), claim.activity() == null ? "" : claim.activity(),
                    claim.activityDate().toString()));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder csv, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                csv.append(';');
            }
            csv.append('"').append(neutralised(values.get(i)).replace("\"", "\"\"")).append('"');
        }
        csv.append("\r\n");
    }

    static String neutralised(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
