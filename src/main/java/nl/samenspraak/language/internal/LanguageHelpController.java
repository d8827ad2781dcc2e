package nl.samenspraak.language.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import nl.samenspraak.language.CheckedText;
import nl.samenspraak.language.PlainLanguage;
import nl.samenspraak.platform.ClientNetwork;
import nl.samenspraak.platform.RateLimiter;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Taalhulp: anyone pastes a text and gets the same explanation as staff do. Nothing is stored and the text is never
 * logged; a limit per client network keeps the checker available for everyone.
 */
@Controller
class LanguageHelpController {

    static final String PATH = "/taalhulp";
    static final String VIEW = "language/help";
    static final String TOO_MANY_VIEW = "language/too-many";
    /** Checks per client network per window: plenty for a person rewriting a text, little for a script. */
    static final int LIMIT = 30;
    static final Duration WINDOW = Duration.ofMinutes(10);

    private final PlainLanguage plainLanguage;
    private final RateLimiter limiter;
    private final MessageSource messages;

    LanguageHelpController(PlainLanguage plainLanguage, RateLimiter limiter, MessageSource messages) {
        this.plainLanguage = plainLanguage;
        this.limiter = limiter;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String showHelp(Model model) {
        return form(model, "", "nl", Map.of(), null);
    }

    @PostMapping(PATH)
    String processHelp(@RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "nl") String language,
                       HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        String lang = "en".equals(language) ? "en" : "nl";
        if (!limiter.tryAcquire("taalhulp:" + ClientNetwork.key(request), LIMIT, WINDOW)) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return TOO_MANY_VIEW;
        }
        String error = null;
        if (text.isBlank()) {
            error = messages.getMessage("language.help.error.blank", null, locale);
        } else if (text.length() > PlainLanguage.MAX_CHARACTERS) {
            error = messages.getMessage("language.help.error.tooLong", new Object[] {PlainLanguage.MAX_CHARACTERS}, locale);
        }
        if (error != null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, text, lang, Map.of("text", error), null);
        }
        return form(model, text, lang, Map.of(), new CheckedText(text, plainLanguage.check(text, language(lang))));
    }

    private static String form(Model model, String text, String language, Map<String, String> errors, CheckedText checked) {
        model.addAttribute("text", text);
        model.addAttribute("language", language);
        model.addAttribute("errors", errors);
        model.addAttribute("checked", checked);
        model.addAttribute("max", PlainLanguage.MAX_CHARACTERS);
        model.addAttribute("languages", java.util.List.of("nl", "en"));
        return VIEW;
    }

    /** English when asked for, Dutch otherwise: the only two languages the checker knows. */
    static Locale language(String value) {
        return "en".equals(value) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
    }
}
