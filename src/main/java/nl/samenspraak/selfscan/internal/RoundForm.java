package nl.samenspraak.selfscan.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** What a coordinator types to open a round. Plain strings, so no value can fail binding. */
record RoundForm(String title, String closesOn) {

    static RoundForm empty() {
        return new RoundForm("", "");
    }

    /** The closing day, null when left empty; a value that is no date is an error next to the field. */
    LocalDate closingDay() {
        if (closesOn == null || closesOn.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(closesOn.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidScanException("closesOn", "selfscan.error.closesOnInvalid");
        }
    }
}
