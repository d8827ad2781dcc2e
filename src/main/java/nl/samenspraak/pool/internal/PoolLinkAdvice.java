package nl.samenspraak.pool.internal;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import nl.samenspraak.pool.internal.Vocabulary.DayPart;
import nl.samenspraak.pool.internal.Vocabulary.Energy;
import nl.samenspraak.pool.internal.Vocabulary.Interest;
import nl.samenspraak.pool.internal.Vocabulary.Way;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Shared by every pool page: the fixed lists the forms offer, and one friendly page for an
 * unknown, expired or revoked link that does not say which of these it was.
 */
@ControllerAdvice(basePackageClasses = PoolLinkAdvice.class)
class PoolLinkAdvice {

    static final String VIEW = "pool/link-unknown";

    /** The names of the choices, in the order the forms show them. */
    public record Choices(List<String> interests, List<String> energy, List<String> days, List<String> dayParts,
                          List<String> ways) {}

    static final Choices CHOICES = new Choices(names(Interest.values()), names(Energy.values()),
            names(DayOfWeek.values()), names(DayPart.values()), names(Way.values()));

    @ModelAttribute("choices")
    Choices choices() {
        return CHOICES;
    }

    @ExceptionHandler(PoolPages.LinkUnknownException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String linkUnknown() {
        return VIEW;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
