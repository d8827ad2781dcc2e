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
    public record Field(String labelKey, String value) {}
}
