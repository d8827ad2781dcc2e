package nl.samenspraak.language.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import nl.samenspraak.language.CheckedText;
import nl.samenspraak.language.PlainLanguage;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The live panel beside a text area on staff forms: language-panel.js posts the text after a pause in typing and
 * puts the returned HTML into the field's region. Belongs to no collaboration and stores nothing; every staff member
 * may use it (/beheer/** already requires a staff login).
 */
@Controller
class LanguagePanelController {

    static final String PATH = "/beheer/taal/paneel";
    static final String VIEW = "language/panel :: panel";

    private final PlainLanguage plainLanguage;

    LanguagePanelController(PlainLanguage plainLanguage) {
        this.plainLanguage = plainLanguage;
    }

    @PostMapping(PATH)
    String processPanel(@RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "nl") String language,
                        Model model, HttpServletResponse response) {
        if (text.length() > PlainLanguage.MAX_CHARACTERS) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("tooLong", PlainLanguage.MAX_CHARACTERS);
            return VIEW;
        }
        if (!text.isBlank()) {
            model.addAttribute("checked", new CheckedText(text, plainLanguage.check(text, LanguageHelpController.language(language))));
        }
        return VIEW;
    }
}
