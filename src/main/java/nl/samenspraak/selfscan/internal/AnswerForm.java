package nl.samenspraak.selfscan.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.samenspraak.platform.Ids;
import org.springframework.util.MultiValueMap;

/**
 * A filled-in scan as the browser sent it. Everything is read as plain strings, so no value
 * (forged, repeated, unknown) can fail binding; {@link #check} decides what is wrong, field by field.
 * Fields the round did not ask are never read, so unknown statement keys store nothing.
 */
final class AnswerForm {

    static final String GROUP = "groep";
    static final String SUBMISSION = "inzending";
    static final String SUBMIT = "versturen";
    static final String DONT_KNOW = "weet-niet";
    static final List<String> CHOICES = List.of("1", "2", "3", "4", "5", DONT_KNOW);
    private static final Set<String> ALLOWED = Set.copyOf(CHOICES);

    /** A form that passed every check: ready to store. Scores are 1..5, null for "don't know". */
    record Checked(UUID submissionKey, RespondentGroup group, Map<String, Integer> scores) {}

    private final String submission;
    private final String group;
    /** Field name to the single value sent; a field sent more than once holds null and is flagged. */
    private final Map<String, String> values;
    private final Set<String> repeated;

    private AnswerForm(String submission, String group, Map<String, String> values, Set<String> repeated) {
        this.submission = submission;
        this.group = group;
        this.values = values;
        this.repeated = repeated;
    }

    /** An empty form with a fresh submission key. */
    static AnswerForm blank() {
        return new AnswerForm(UUID.randomUUID().toString(), null, Map.of(), Set.of());
    }

    static AnswerForm of(MultiValueMap<String, String> params, List<Statement> statements) {
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> repeated = new java.util.HashSet<>();
        for (Statement s : statements) {
            List<String> sent = params.get(s.field());
            if (sent == null || sent.isEmpty()) {
                continue;
            }
            if (sent.size() > 1) {
                repeated.add(s.field());
            } else {
                values.put(s.field(), sent.getFirst());
            }
        }
        List<String> groups = params.get(GROUP);
        String group = groups == null || groups.size() != 1 ? null : groups.getFirst();
        return new AnswerForm(params.getFirst(SUBMISSION), group, values, repeated);
    }

    /** Field to message key; empty when the form can be stored. */
    Map<String, String> check(List<Statement> statements) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (submissionKey().isEmpty()) {
            errors.put(SUBMIT, "selfscan.error.incomplete");
        }
        if (group == null || group.isBlank()) {
            errors.put(GROUP, "selfscan.error.groupRequired");
        } else if (RespondentGroup.parse(group).isEmpty()) {
            errors.put(GROUP, "selfscan.error.groupInvalid");
        }
        boolean any = false;
        for (Statement s : statements) {
            String value = values.get(s.field());
            if (repeated.contains(s.field()) || value != null && !ALLOWED.contains(value)) {
                errors.put(s.field(), "selfscan.error.answerInvalid");
            } else if (value != null) {
                any = true;
            }
        }
        if (!any && !statements.isEmpty() && errors.keySet().stream().noneMatch(k -> k.startsWith("s-"))) {
            errors.put(statements.getFirst().field(), "selfscan.error.nothingAnswered");
        }
        return errors;
    }

    /** Only after {@link #check} found nothing. */
    Checked checked(List<Statement> statements) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (Statement s : statements) {
            String value = values.get(s.field());
            if (value != null) {
                scores.put(s.key(), DONT_KNOW.equals(value) ? null : Integer.valueOf(value));
            }
        }
        return new Checked(submissionKey().orElseThrow(), RespondentGroup.parse(group).orElseThrow(), scores);
    }

    Optional<UUID> submissionKey() {
        return Ids.parseUuid(submission);
    }

    /** The key to print into the page again: the one sent, or a fresh one when it was missing or forged. */
    public String submission() {
        return submissionKey().map(UUID::toString).orElseGet(() -> UUID.randomUUID().toString());
    }

    /** True when the page should show this choice as selected again (templates). */
    public boolean chosen(String field, String value) {
        return value.equals(values.get(field));
    }

    public boolean groupIs(String value) {
        return value.equals(group);
    }
}
