package nl.samenspraak.pool.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.platform.Ids;
import nl.samenspraak.platform.Text;
import nl.samenspraak.pool.internal.Vocabulary.Role;

/** A commitment as staff propose it; strings until checked. */
record CommitmentForm(String member, String role, String roleOther, String startsOn, String endsOn,
                      String hoursPerMonth, String support, String training, String reimbursement, String contact,
                      String expected) {

    /** What the resident reads in the proposal, by field in the order of the form: checked for plain language. */
    static final java.util.List<String> CHECKED_FIELDS = java.util.List.of("support", "training", "reimbursement", "expected");

    java.util.Map<String, String> texts() {
        java.util.Map<String, String> texts = new java.util.LinkedHashMap<>();
        texts.put("support", support == null ? "" : support);
        texts.put("training", training == null ? "" : training);
        texts.put("reimbursement", reimbursement == null ? "" : reimbursement);
        texts.put("expected", expected == null ? "" : expected);
        return texts;
    }

    static final int MAX_TEXT = 2000;

    static CommitmentForm startingOn(LocalDate today, String member) {
        return new CommitmentForm(member, null, "", today.toString(), today.plusYears(1).toString(), "4", "", "", "",
                null, "");
    }

    Map<String, String> check(LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (memberId() == null) {
            errors.put("member", "pool.error.member");
        }
        Role r = Vocabulary.parse(Role.class, role).orElse(null);
        if (r == null) {
            errors.put("role", "pool.error.role");
        } else if (r == Role.OTHER && Text.clean(roleOther).isEmpty()) {
            errors.put("roleOther", "pool.error.roleOtherRequired");
        }
        if (Text.clean(roleOther).length() > 200) {
            errors.put("roleOther", "pool.error.roleOtherTooLong");
        }
        LocalDate start = ActivityForm.dateOrNull(startsOn);
        LocalDate end = ActivityForm.dateOrNull(endsOn);
        if (start == null) {
            errors.put("startsOn", "pool.error.date");
        } else if (start.isBefore(today.minusMonths(1))) {
            errors.put("startsOn", "pool.error.startTooEarly");
        }
        if (end == null) {
            errors.put("endsOn", "pool.error.date");
        } else if (start != null && (end.isBefore(start) || end.isAfter(start.plusYears(5)))) {
            errors.put("endsOn", "pool.error.endsOn");
        } else if (end.isBefore(today)) {
            errors.put("endsOn", "pool.error.datePast");
        }
        Integer hours = ProfileForm.number(hoursPerMonth);
        if (hours == null || hours < 1 || hours > Profile.MAX_HOURS) {
            errors.put("hoursPerMonth", "pool.error.hoursPerMonth");
        }
        for (String field : new String[] {"support", "training", "reimbursement"}) {
            if (Text.clean(text(field)).length() > MAX_TEXT) {
                errors.put(field, "pool.error.textTooLong");
            }
        }
        if (contactId() == null) {
            errors.put("contact", "pool.error.contact");
        }
        String e = Text.clean(expected);
        if (e.isEmpty()) {
            errors.put("expected", "pool.error.expectedRequired");
        } else if (e.length() > MAX_TEXT) {
            errors.put("expected", "pool.error.textTooLong");
        }
        return errors;
    }

    private String text(String field) {
        return switch (field) {
            case "support" -> support;
            case "training" -> training;
            default -> reimbursement;
        };
    }

    UUID memberId() {
        return uuid(member);
    }

    UUID contactId() {
        return uuid(contact);
    }

    Role roleValue() {
        return Vocabulary.parse(Role.class, role).orElse(null);
    }

    public boolean isRole(String choice) {
        return choice.equals(role);
    }

    static UUID uuid(String value) {
        return Ids.parseUuid(value).orElse(null);
    }
}
