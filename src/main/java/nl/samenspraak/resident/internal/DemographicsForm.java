package nl.samenspraak.resident.internal;

import java.util.EnumMap;
import java.util.Map;

/** The "who is at the table" questions as typed; "" means "zeg ik liever niet". */
record DemographicsForm(String ageGroup, String gender, String postcodeArea, String disability,
                        String migrationBackground, String education, String incomeGroup, String consent) {

    static DemographicsForm of(Demographics.Answers answers) {
        if (answers == null) {
            return new DemographicsForm("", "", "", "", "", "", "", null);
        }
        return new DemographicsForm(v(answers, Dimension.AGE), v(answers, Dimension.GENDER),
                v(answers, Dimension.POSTCODE), v(answers, Dimension.DISABILITY), v(answers, Dimension.MIGRATION),
                v(answers, Dimension.EDUCATION), v(answers, Dimension.INCOME), "ja");
    }

    Map<Dimension, String> answers() {
        Map<Dimension, String> m = new EnumMap<>(Dimension.class);
        m.put(Dimension.AGE, ageGroup);
        m.put(Dimension.GENDER, gender);
        m.put(Dimension.POSTCODE, postcodeArea == null ? null : postcodeArea.strip());
        m.put(Dimension.DISABILITY, disability);
        m.put(Dimension.MIGRATION, migrationBackground);
        m.put(Dimension.EDUCATION, education);
        m.put(Dimension.INCOME, incomeGroup);
        return m;
    }

    public boolean consented() {
        return "ja".equals(consent);
    }

    /** The value of a question by its field name, for the template's radio buttons. */
    public String value(String field) {
        return switch (field) {
            case "ageGroup" -> ageGroup;
            case "gender" -> gender;
            case "postcodeArea" -> postcodeArea;
            case "disability" -> disability;
            case "migrationBackground" -> migrationBackground;
            case "education" -> education;
            case "incomeGroup" -> incomeGroup;
            default -> null;
        };
    }

    private static String v(Demographics.Answers a, Dimension d) {
        String value = a.get(d);
        return value == null ? "" : value;
    }
}
