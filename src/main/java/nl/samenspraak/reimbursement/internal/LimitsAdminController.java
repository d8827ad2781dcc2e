package nl.samenspraak.reimbursement.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import nl.samenspraak.account.StaffUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The platform administrator keeps the tax-free limits per calendar year. Only ROLE_ADMIN reaches /admin/**. */
@Controller
class LimitsAdminController {

    static final String VIEW = "reimbursement/admin-limits";

    private final Limits limits;
    private final ClaimErrors errors;

    LimitsAdminController(Limits limits, ClaimErrors errors) {
        this.limits = limits;
        this.errors = errors;
    }

    @GetMapping("/admin/vergoedingen")
    String showLimits(@RequestParam(name = "jaar", required = false) Integer year, Model model) {
        LimitsForm form = year == null ? new LimitsForm(null, null, null, null, null, null, null, null)
                : limits.forYear(year).map(LimitsForm::of)
                        .orElse(new LimitsForm(String.valueOf(year), null, null, null, null, null, null, null));
        return page(model, form, Map.of());
    }

    @PostMapping("/admin/vergoedingen")
    String processLimits(@ModelAttribute("form") LimitsForm form, @AuthenticationPrincipal StaffUser admin, Model model,
                         Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            YearLimits given = form.toLimits();
            limits.save(given, admin.email());
            redirect.addAttribute("opgeslagen", given.year());
            return "redirect:/admin/vergoedingen";
        } catch (InvalidClaimException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, form, errors.of(e, locale));
        }
    }

    private String page(Model model, LimitsForm form, Map<String, String> formErrors) {
        model.addAttribute("years", limits.all());
        model.addAttribute("form", form);
        model.addAttribute("errors", formErrors);
        return VIEW;
    }
}
