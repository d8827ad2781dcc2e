package nl.samenspraak.resident;

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

        /** The message key of a coded value, else null. */
        public String valueKey() {
            return value != null && value.startsWith(CODED) ? value.substring(1) : null;
        }
    }
}
