package nl.samenspraak.resident.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.samenspraak.platform.FormErrors;
import nl.samenspraak.resident.InvalidResidentException;
import nl.samenspraak.resident.PersonalLink;
import nl.samenspraak.resident.Residents;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A resident answers, changes or removes the voluntary "who is at the table" questions through
 * their personal link. Every question may be skipped; storing needs an explicit yes.
 */
@Controller
class DemographicsController {

    static final String PURPOSE = "demographics";
    static final String FORM_VIEW = "resident/demographics";
    static final String UNKNOWN_LINK_VIEW = "resident/link-unknown";

    private final Residents residents;
    private final Demographics demographics;
    private final FormErrors formErrors;

    DemographicsController(Residents residents, Demographics demographics, FormErrors formErrors) {
        this.residents = residents;
        this.demographics = demographics;
        this.formErrors = formErrors;
    }

    @GetMapping("/wie-doet-mee/{token}")
    String showForm(@PathVariable String token, @RequestParam(required = false) String opgeslagen,
                    @RequestParam(required = false) String verwijderd, Model model, HttpServletResponse response) {
        PersonalLink link = resolve(token, response);
        if (link == null) {
            return UNKNOWN_LINK_VIEW;
        }
        Demographics.Answers answers = demographics.find(link.collaborationId(), link.residentId()).orElse(null);
        model.addAttribute("saved", opgeslagen != null);
        model.addAttribute("removed", verwijderd != null);
        model.addAttribute("stored", answers != null);
        return form(model, token, DemographicsForm.of(answers), Map.of());
    }

    @PostMapping("/wie-doet-mee/{token}")
    String processForm(@PathVariable String token, @ModelAttribute("form") DemographicsForm form, Model model,
                       Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        PersonalLink link = resolve(token, response);
        if (link == null) {
            return UNKNOWN_LINK_VIEW;
        }
        try {
            demographics.save(link.collaborationId(), link.residentId(), form.answers(), form.consented());
        } catch (InvalidResidentException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("stored", demographics.find(link.collaborationId(), link.residentId()).isPresent());
            return form(model, token, form, formErrors.of(e, locale));
        }
        redirect.addAttribute("token", token);
        return "redirect:/wie-doet-mee/{token}?opgeslagen";
    }

    @PostMapping("/wie-doet-mee/{token}/verwijderen")
    String remove(@PathVariable String token, HttpServletResponse response, RedirectAttributes redirect) {
        PersonalLink link = resolve(token, response);
        if (link == null) {
            return UNKNOWN_LINK_VIEW;
        }
        demographics.remove(link.collaborationId(), link.residentId());
        redirect.addAttribute("token", token);
        return "redirect:/wie-doet-mee/{token}?verwijderd";
    }

    private PersonalLink resolve(String token, HttpServletResponse response) {
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        PersonalLink link = residents.resolveLink(token, PURPOSE).orElse(null);
        if (link == null) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
        }
        return link;
    }

    private String form(Model model, String token, DemographicsForm form, Map<String, String> errors) {
        model.addAttribute("token", token);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("questions", QUESTIONS);
        model.addAttribute("consentVersion", Demographics.CONSENT_VERSION);
        return FORM_VIEW;
    }

    /** A question with fixed groups, as the template lists it: field name and message prefix. */
    record Question(String field, Dimension dimension, List<String> groups) {}

    static final List<Question> QUESTIONS = java.util.Arrays.stream(Dimension.values()).filter(d -> !d.open())
            .map(d -> new Question(Demographics.field(d), d, d.groups())).toList();
}
