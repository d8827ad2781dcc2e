package nl.samenspraak.resident.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The questions of "who is at the table", with groups that follow CBS so that population
 * figures of an area fit. Postcode areas (PC4) are open-ended; every other question has fixed
 * groups. {@code csvName} and the groups' CSV words are what staff type in an import file.
 */
enum Dimension {
    AGE("age_group", "leeftijd", Map.of("16-24", "A16_24", "25-44", "A25_44", "45-64", "A45_64", "65-74", "A65_74", "75+", "A75")),
    GENDER("gender", "geslacht", Map.of("man", "MAN", "vrouw", "WOMAN", "anders", "OTHER")),
    POSTCODE("postcode_area", "postcode", Map.of()),
    DISABILITY("disability", "beperking", Map.of("ja", "YES", "nee", "NO")),
    MIGRATION("migration_background", "herkomst", Map.of("nederland", "DUTCH", "europa", "EUROPE", "buiten-europa", "OUTSIDE_EUROPE")),
    EDUCATION("education", "opleiding", Map.of("laag", "LOW", "middelbaar", "MIDDLE", "hoog", "HIGH")),
    INCOME("income_group", "inkomen", Map.of("laag", "LOW", "midden", "MIDDLE", "hoog", "HIGH"));

    static final Pattern PC4 = Pattern.compile("^[1-9][0-9]{3}$");

    private static final Map<Dimension, List<String>> ORDER = Map.of(
            AGE, List.of("A16_24", "A25_44", "A45_64", "A65_74", "A75"),
            GENDER, List.of("WOMAN", "MAN", "OTHER"),
            POSTCODE, List.of(),
            DISABILITY, List.of("YES", "NO"),
            MIGRATION, List.of("DUTCH", "EUROPE", "OUTSIDE_EUROPE"),
            EDUCATION, List.of("LOW", "MIDDLE", "HIGH"),
            INCOME, List.of("LOW", "MIDDLE", "HIGH"));

    final String column;
    final String csvName;
    private final Map<String, String> csvGroups;

    Dimension(String column, String csvName, Map<String, String> csvGroups) {
        this.column = column;
        this.csvName = csvName;
        this.csvGroups = csvGroups;
    }

    /** The fixed groups in the order they are asked and shown; empty for postcode areas. */
    public List<String> groups() {
        return ORDER.get(this);
    }

    public boolean open() {
        return this == POSTCODE;
    }

    /** Whether a stored or submitted group code belongs to this question. */
    boolean accepts(String group) {
        return group != null && (open() ? PC4.matcher(group).matches() : groups().contains(group));
    }

    /** The group code for a word in an import file ("65-74", "vrouw", "1234"). */
    Optional<String> groupForCsv(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        if (open()) {
            return PC4.matcher(w).matches() ? Optional.of(w) : Optional.empty();
        }
        return Optional.ofNullable(csvGroups.get(w)).or(() -> groups().contains(word.strip()) ? Optional.of(word.strip()) : Optional.empty());
    }

    /** The import word of a group, for the example and the explanation. */
    String csvWord(String group) {
        return csvGroups.entrySet().stream().filter(e -> e.getValue().equals(group)).map(Map.Entry::getKey)
                .findFirst().orElse(group);
    }

    static Optional<Dimension> ofCsv(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        for (Dimension d : values()) {
            if (d.csvName.equals(w) || d.name().equalsIgnoreCase(w)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** Message key of a group's name; postcode areas are shown as their four digits. */
    public String groupKey(String group) {
        return "resident.group." + name() + "." + group;
    }
}
