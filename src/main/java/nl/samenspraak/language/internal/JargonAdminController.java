package nl.samenspraak.language.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.samenspraak.language.internal.JargonEditor.DuplicatePhraseException;
import nl.samenspraak.language.internal.JargonEditor.Row;
import nl.samenspraak.platform.FormErrors;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.platform.Redirects;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The platform administrator keeps the jargon list that the plain-language checker marks: search it, add a phrase,
 * change an alternative, remove a phrase and undo an edit. Only ROLE_ADMIN reaches /admin/**.
 */
@Controller
class JargonAdminController {

    static final String LIST_VIEW = "language/admin-jargon";
    static final String EDIT_VIEW = "language/admin-jargon-edit";
    static final String PATH = "/admin/taal";

    private final JargonEditor editor;
    private final MessageSource messages;

    JargonAdminController(JargonEditor editor, MessageSource messages) {
        this.editor = editor;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String showList(@RequestParam(name = "zoek", required = false) String query,
                    @RequestParam(name = "na", required = false) String after, Model model, Locale locale,
                    HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (query != null && query.length() > JargonEditor.QUERY_MAX) {
            errors.put("zoek", "language.jargon.error.queryTooLong");
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            query = null;
            after = null;
        }
        return list(model, query, after, JargonForm.empty(), FormErrors.resolve(messages, errors, locale));
    }

    @PostMapping(PATH)
    ModelAndView processAddition(@RequestParam(name = "phrase", required = false) String phrase,
                         @RequestParam(name = "alternative", required = false) String alternative, Principal admin,
                         Model model, Locale locale, RedirectAttributes redirect) {
        JargonForm form = new JargonForm(phrase == null ? "" : phrase, alternative == null ? "" : alternative);
        Map<String, String> errors = form.check();
        if (errors.isEmpty()) {
            try {
                String added = editor.add(form, admin.getName());
                return done(redirect, "language.jargon.added", added);
            } catch (DuplicatePhraseException e) {
                errors = Map.of("phrase", "language.jargon.error.phraseExists");
            }
        }
        String view = list(model, null, null, form, FormErrors.resolve(messages, errors, locale));
        return new ModelAndView(view, model.asMap(), HttpStatus.UNPROCESSABLE_CONTENT);
    }

    @GetMapping(PATH + "/wijzigen")
    String showEditForm(@RequestParam(name = "zin", required = false) String phrase, Model model) {
        Row row = editor.find(phrase).orElseThrow(NotFoundException::new);
        return edit(model, row, new JargonForm(row.phrase(), row.alternative() == null ? "" : row.alternative()),
                Map.of());
    }

    @PostMapping(PATH + "/wijzigen")
    ModelAndView processEditForm(@RequestParam(name = "zin", required = false) String phrase,
                         @RequestParam(name = "alternative", required = false) String alternative, Principal admin,
                         Model model, Locale locale, RedirectAttributes redirect) {
        Row row = editor.find(phrase).filter(r -> !r.removed()).orElseThrow(NotFoundException::new);
        JargonForm form = new JargonForm(row.phrase(), alternative == null ? "" : alternative);
        Map<String, String> errors = form.checkAlternative();
        if (errors.isEmpty()) {
            editor.change(row.phrase(), form, admin.getName());
            return done(redirect, "language.jargon.changed", row.phrase());
        }
        String view = edit(model, row, form, FormErrors.resolve(messages, errors, locale));
        return new ModelAndView(view, model.asMap(), HttpStatus.UNPROCESSABLE_CONTENT);
    }

    @PostMapping(PATH + "/verwijderen")
    ModelAndView processRemoval(@RequestParam(name = "zin", required = false) String phrase, Principal admin,
                        RedirectAttributes redirect) {
        Row row = editor.find(phrase).filter(r -> !r.removed()).orElseThrow(NotFoundException::new);
        editor.remove(row.phrase(), admin.getName());
        return done(redirect, "language.jargon.removed", row.phrase());
    }

    @PostMapping(PATH + "/terugzetten")
    ModelAndView processUndo(@RequestParam(name = "zin", required = false) String phrase, Principal admin,
                     RedirectAttributes redirect) {
        Row row = editor.find(phrase).filter(Row::edited).orElseThrow(NotFoundException::new);
        editor.undo(row.phrase(), admin.getName());
        return done(redirect, "language.jargon.undone", row.phrase());
    }

    /** Back to the list, filtered on the phrase just edited, so the administrator sees the result at once. */
    private static ModelAndView done(RedirectAttributes redirect, String noticeKey, String phrase) {
        redirect.addFlashAttribute("notice", noticeKey);
        redirect.addFlashAttribute("noticePhrase", phrase);
        return new ModelAndView(Redirects.seeOther(PATH + "?zoek=" + URLEncoder.encode(phrase, StandardCharsets.UTF_8)));
    }

    private String list(Model model, String query, String after, JargonForm form, Map<String, String> errors) {
        model.addAttribute("query", query == null ? "" : query);
        model.addAttribute("page", editor.search(query, after));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("phraseMax", JargonForm.PHRASE_MAX);
        model.addAttribute("alternativeMax", JargonForm.ALTERNATIVE_MAX);
        model.addAttribute("queryMax", JargonEditor.QUERY_MAX);
        return LIST_VIEW;
    }

    private String edit(Model model, Row row, JargonForm form, Map<String, String> errors) {
        model.addAttribute("row", row);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("alternativeMax", JargonForm.ALTERNATIVE_MAX);
        return EDIT_VIEW;
    }
}
