package nl.samenspraak.reimbursement;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
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

    /** The form as typed; amounts with a comma or a point. */
    record LimitsForm(String year, String hourlyMaxAdult, String hourlyMaxYoung, String monthlyMax, String yearlyMax,
                      String kmRate, String source, String confirmed) {

        static LimitsForm of(YearLimits y) {
            return new LimitsForm(String.valueOf(y.year()), plain(y.hourlyMaxAdult()), plain(y.hourlyMaxYoung()),
                    plain(y.monthlyMax()), plain(y.yearlyMax()), plain(y.kmRate()), y.source(),
                    y.confirmed() ? "true" : null);
        }

        boolean confirmedChecked() {
            return "true".equals(confirmed);
        }

        YearLimits toLimits() {
            int y;
            try {
                y = Integer.parseInt(year == null ? "" : year.strip());
            } catch (NumberFormatException e) {
                throw new InvalidClaimException("year", "reimbursement.error.year");
            }
            return new YearLimits(y, amount(hourlyMaxAdult, "hourlyMaxAdult"), amount(hourlyMaxYoung, "hourlyMaxYoung"),
                    amount(monthlyMax, "monthlyMax"), amount(yearlyMax, "yearlyMax"), amount(kmRate, "kmRate"), source,
                    confirmedChecked());
        }

        private static BigDecimal amount(String typed, String field) {
            BigDecimal value = ClaimForm.number(typed, field);
            if (value == null) {
                throw new InvalidClaimException(field, "reimbursement.error.limitAmount");
            }
            return value;
        }

        private static String plain(BigDecimal value) {
            return value.stripTrailingZeros().scale() <= 0 ? value.setScale(2).toPlainString() : value.toPlainString();
        }
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
