package nl.samenspraak.pool.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.samenspraak.platform.Text;
import nl.samenspraak.pool.internal.Vocabulary.Energy;
import nl.samenspraak.pool.internal.Vocabulary.Interest;
import nl.samenspraak.pool.internal.Vocabulary.Way;

/** An activity as staff describe it, every value a string until checked. */
record ActivityForm(String title, String description, String date, String time, String hours, String way,
                    String interest, String energy) {

    /** The texts residents read in the invitation, by field: checked for plain language before the activity is saved. */
    static final java.util.List<String> CHECKED_FIELDS = java.util.List.of("description");

    java.util.Map<String, String> texts() {
        return java.util.Map.of("description", description == null ? "" : description);
    }

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 4000;

    static ActivityForm empty() {
        return new ActivityForm("", "", "", "19:30", "2", null, null, null);
    }

    /** Field to message key; {@code today} keeps activities out of the past. */
    Map<String, String> check(LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        String t = Text.clean(title);
        if (t.isEmpty()) {
            errors.put("title", "pool.error.titleRequired");
        } else if (t.length() > MAX_TITLE) {
            errors.put("title", "pool.error.titleTooLong");
        }
        String d = Text.clean(description);
        if (d.isEmpty()) {
            errors.put("description", "pool.error.descriptionRequired");
        } else if (d.length() > MAX_DESCRIPTION) {
            errors.put("description", "pool.error.descriptionTooLong");
        }
        LocalDate on = dateOrNull(date);
        if (on == null) {
            errors.put("date", "pool.error.date");
        } else if (on.isBefore(today)) {
            errors.put("date", "pool.error.datePast");
        }
        if (timeOrNull(time) == null) {
            errors.put("time", "pool.error.time");
        }
        BigDecimal h = hoursOrNull(hours);
        if (h == null) {
            errors.put("hours", "pool.error.hours");
        }
        if (Vocabulary.parse(Way.class, way).isEmpty()) {
            errors.put("way", "pool.error.way");
        }
        if (filled(interest) && Vocabulary.parse(Interest.class, interest).isEmpty()) {
            errors.put("interest", "pool.error.choice");
        }
        if (filled(energy) && Vocabulary.parse(Energy.class, energy).isEmpty()) {
            errors.put("energy", "pool.error.choice");
        }
        return errors;
    }

    LocalDate dateValue() {
        return dateOrNull(date);
    }

    LocalTime timeValue() {
        return timeOrNull(time);
    }

    BigDecimal hoursValue() {
        return hoursOrNull(hours);
    }

    Way wayValue() {
        return Vocabulary.parse(Way.class, way).orElse(null);
    }

    Interest interestValue() {
        return Vocabulary.parse(Interest.class, interest).orElse(null);
    }

    Energy energyValue() {
        return Vocabulary.parse(Energy.class, energy).orElse(null);
    }

    public boolean isWay(String choice) {
        return choice.equals(way);
    }

    private static boolean filled(String value) {
        return !Text.clean(value).isEmpty();
    }

    static LocalDate dateOrNull(String value) {
        String v = Text.clean(value);
        if (v.isEmpty() || v.length() > 10) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalTime timeOrNull(String value) {
        String v = Text.clean(value);
        if (v.isEmpty() || v.length() > 8) {
            return null;
        }
        try {
            return LocalTime.parse(v);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Half hours from half an hour up to a long day; a comma is a Dutch decimal point. */
    private static BigDecimal hoursOrNull(String value) {
        String v = Text.clean(value).replace(',', '.');
        if (v.isEmpty() || v.length() > 5 || !v.matches("[0-9]+(\\.[0-9])?")) {
            return null;
        }
        BigDecimal h = new BigDecimal(v);
        if (h.compareTo(new BigDecimal("0.5")) < 0 || h.compareTo(BigDecimal.valueOf(24)) > 0
                || h.multiply(BigDecimal.TWO).stripTrailingZeros().scale() > 0) {
            return null;
        }
        return h;
    }
}
