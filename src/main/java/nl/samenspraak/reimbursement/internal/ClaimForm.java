package nl.samenspraak.reimbursement.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.springframework.web.multipart.MultipartFile;

/**
 * The claim form as typed: everything as text, so that a wrong number comes back in the field as
 * the person typed it, with a message beside it.
 */
record ClaimForm(String kind, String activity, String activityDate, String kilometres, String amount, String hours,
                 String under21, String iban, String accountHolder, String useLastAccount, MultipartFile receipt) {

    private static final Pattern NUMBER = Pattern.compile("^[0-9]{1,7}([.,][0-9]{1,3})?$");
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d-M-uuuu");

    static ClaimForm empty() {
        return new ClaimForm(null, null, null, null, null, null, null, null, null, null, null);
    }

    public boolean isKind(String value) {
        return value.equals(kind);
    }

    public boolean under21Checked() {
        return "true".equals(under21);
    }

    public boolean useLastAccountChecked() {
        return "true".equals(useLastAccount);
    }

    /** @throws InvalidClaimException for a field that is not a number, date or kind at all */
    ClaimDraft toDraft() {
        ClaimKind chosen = null;
        if (kind != null && !kind.isBlank()) {
            try {
                chosen = ClaimKind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                throw new InvalidClaimException("kind", "reimbursement.error.kind");
            }
        }
        BigDecimal km = chosen == ClaimKind.TRAVEL_KM ? number(kilometres, "kilometres") : null;
        BigDecimal hrs = chosen == ClaimKind.ALLOWANCE ? number(hours, "hours") : null;
        BigDecimal money = chosen == ClaimKind.TRAVEL_TICKET || chosen == ClaimKind.ALLOWANCE ? number(amount, "amount") : null;
        return new ClaimDraft(chosen, activity, date(activityDate), km, money, hrs, under21Checked(), iban, accountHolder,
                useLastAccountChecked(), checkedReceipt());
    }

    /** The uploaded file checked, or null when none was chosen. */
    Receipt checkedReceipt() {
        if (receipt == null || receipt.isEmpty() && (receipt.getOriginalFilename() == null
                || receipt.getOriginalFilename().isBlank())) {
            return null;
        }
        if (receipt.getSize() > ReceiptCheck.MAX_BYTES) {
            throw new InvalidClaimException("receipt", "reimbursement.error.receiptTooLarge");
        }
        try {
            return ReceiptCheck.check(receipt.getOriginalFilename(), receipt.getBytes());
        } catch (IOException e) {
            throw new InvalidClaimException("receipt", "reimbursement.error.receiptUnreadable");
        }
    }

    static BigDecimal number(String typed, String field) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String compact = typed.replaceAll("[\\s€]", "");
        if (compact.contains(",")) {
            compact = compact.replace(".", "");
        }
        if (!NUMBER.matcher(compact).matches()) {
            throw new InvalidClaimException(field, "reimbursement.error.number");
        }
        return new BigDecimal(compact.replace(',', '.'));
    }

    private static LocalDate date(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String value = typed.strip();
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value, DUTCH_DATE);
            } catch (DateTimeParseException again) {
                throw new InvalidClaimException("activityDate", "reimbursement.error.dateFormat");
            }
        }
    }
}
