package nl.samenspraak.language;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Checks the texts of a form before they are published. The pattern in a controller that saves texts residents
 * read:
 * <pre>{@code
 * Review review = textReview.review(request, TextReview.DUTCH, form.texts());
 * if (review.checkRequested() || review.blocksSave()) {
 *     if (review.blocksSave()) { response.setStatus(422); errors.putAll(textReview.confirmationError(locale)); }
 *     model.addAttribute("review", review);
 *     return form(...);                        // nothing stored
 * }
 * UUID id = service.save(...);
 * publishedTexts.record(collaborationId, "process", id, review, actor);
 * }</pre>
 * and in the template {@code fragments/language :: checkedArea(...)} per field and
 * {@code fragments/language :: confirmAboveB1(${review})} above the save button.
 */
@Component
public class TextReview {

    /** The submit button "Controleer mijn tekst" sends this parameter, with the field's name as value. */
    public static final String CHECK_PARAMETER = "taalcontrole";
    /** The checkbox "publish anyway" for texts above B1. */
    public static final String CONFIRMATION_FIELD = "plainLanguageConfirmed";
    /** Texts residents read are Dutch, whatever language the coordinator's interface is in. */
    public static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final PlainLanguage plainLanguage;
    private final MessageSource messages;

    TextReview(PlainLanguage plainLanguage, MessageSource messages) {
        this.plainLanguage = plainLanguage;
        this.messages = messages;
    }

    /** Checks every non-blank text; a text over {@link PlainLanguage#MAX_CHARACTERS} is left to the form's own limits. */
    public Review review(Locale language, Map<String, String> fieldTexts) {
        return review(language, fieldTexts, false, false);
    }

    /** As {@link #review(Locale, Map)}, with what the request asked: only a check, or a confirmed save. */
    public Review review(HttpServletRequest request, Locale language, Map<String, String> fieldTexts) {
        return review(language, fieldTexts, isCheckRequest(request), isConfirmed(request));
    }

    private Review review(Locale language, Map<String, String> fieldTexts, boolean checkRequested, boolean confirmed) {
        Map<String, CheckedText> checks = new LinkedHashMap<>();
        fieldTexts.forEach((field, text) -> {
            if (text != null && !text.isBlank() && text.length() <= PlainLanguage.MAX_CHARACTERS) {
                checks.put(field, new CheckedText(text, plainLanguage.check(text, language)));
            }
        });
        return new Review(checks, checkRequested, confirmed);
    }

    /** Whether the coordinator pressed "Controleer mijn tekst" rather than the save button. */
    public static boolean isCheckRequest(HttpServletRequest request) {
        return request.getParameter(CHECK_PARAMETER) != null;
    }

    /** Whether the "publish anyway" checkbox was ticked. */
    public static boolean isConfirmed(HttpServletRequest request) {
        return "true".equals(request.getParameter(CONFIRMATION_FIELD));
    }

    /** The error for the form when a save is blocked, next to the checkbox. */
    public Map<String, String> confirmationError(Locale locale) {
        return Map.of(CONFIRMATION_FIELD, messages.getMessage("language.confirm.required", null, locale));
    }
}
