package nl.samenspraak.resident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One part of a resident's data export, e.g. "Aanmeldingen voor bijeenkomsten".
 *
 * @param titleKey message key of the section title
 * @param records  one entry per stored record (a registration, a claim...)
 */
public record PersonalDataSection(String titleKey, List<PersonalDataRecord> records) {

    /** One stored record as labelled values. */
    public record PersonalDataRecord(List<Field> fields) {}

    /** @param labelKey message key of the label; @param value the stored value as text (may be null) */
    public record Field(String labelKey, String value) {

        /** Marks a value that is a message key; stored text never holds this character. */
        private static final String CODED = "\u0000";

        /** A coded value (a status, a channel) shown in the reader's language: {@code valueKey} is a message key. */
        public static Field coded(String labelKey, String valueKey) {
            return new Field(labelKey, valueKey == null ? null : CODED + valueKey);
        }

        /** Marks a moment (an ISO instant), shown as Dutch local date and time in the reader's language. */
        private static final String MOMENT = "\u0001";

        /** Marks a calendar date (ISO), shown as "3 maart 2026" in the reader's language. */
        private static final String DAY = "\u0002";

        /** A moment, shown in the reader's language on the Dutch clock, never as a UTC timestamp. */
        public static Field at(String labelKey, Instant at) {
            return new Field(labelKey, at == null ? null : MOMENT + at);
        }

        /** A calendar date, shown in words in the reader's language. */
        public static Field on(String labelKey, LocalDate day) {
            return new Field(labelKey, day == null ? null : DAY + day);
        }

        /** Several coded values (the needs ticked on a form), shown as a list in the reader's language. */
        public static Field codedAll(String labelKey, List<String> valueKeys) {
            return new Field(labelKey, valueKeys == null || valueKeys.isEmpty() ? null : CODED + String.join(CODED, valueKeys));
        }

        /** A yes/no answer in words, never "true" or "false". */
        public static Field yesNo(String labelKey, Boolean value) {
            return coded(labelKey, value == null ? null : value ? "platform.yes" : "platform.no");
        }

        /** The message key of a coded value, else null. */
        public String valueKey() {
            return value != null && value.startsWith(CODED) ? value.substring(1) : null;
        }

        /** The message keys of one or more coded values; empty when the value is not coded. */
        public List<String> valueKeys() {
            return value != null && value.startsWith(CODED) ? List.of(value.substring(1).split(CODED)) : List.of();
        }

        /** The moment of a value made with {@link #at}, else null. */
        public Instant moment() {
            return value != null && value.startsWith(MOMENT) ? Instant.parse(value.substring(1)) : null;
        }

        /** The date of a value made with {@link #on}, else null. */
        public LocalDate day() {
            return value != null && value.startsWith(DAY) ? LocalDate.parse(value.substring(1)) : null;
        }
    }
}
