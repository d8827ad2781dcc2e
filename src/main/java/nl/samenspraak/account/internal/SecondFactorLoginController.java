package nl.samenspraak.account.internal;

import nl.samenspraak.account.SecondFactor;
import nl.samenspraak.account.StaffUser;
import nl.samenspraak.platform.FormErrors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The second login step: after the password, a code from the authenticator app or a recovery code. */
@Controller
class SecondFactorLoginController {

    static final String VIEW = "account/login-code";
    private static final int MAX_CODE_LENGTH = 40;

    private final SecondFactor factor;
    private final MessageSource messages;

    SecondFactorLoginController(SecondFactor factor, MessageSource messages) {
        this.factor = factor;
        this.messages = messages;
    }

    @GetMapping(SecondFactorFilter.CODE_PATH)
    String showCodeForm(Authentication authentication, Model model) {
        String elsewhere = elsewhere(authentication);
        if (elsewhere != null) {
            return elsewhere;
        }
        model.addAttribute("errors", Map.of());
        return VIEW;
    }

    @PostMapping(SecondFactorFilter.CODE_PATH)
    String processCodeForm(@RequestParam(defaultValue = "") String code, Authentication authentication, Locale locale,
                           Model model, HttpServletRequest request, HttpServletResponse response,
                           RedirectAttributes redirect) {
        String elsewhere = elsewhere(authentication);
        if (elsewhere != null) {
            return elsewhere;
        }
        StaffUser user = (StaffUser) authentication.getPrincipal();
        String error;
        HttpStatus status = HttpStatus.UNPROCESSABLE_CONTENT;
        if (code.isBlank()) {
            error = "account.mfa.error.codeMissing";
        } else if (code.length() > MAX_CODE_LENGTH) {
            error = "account.mfa.error.loginCodeWrong";
        } else {
            SecondFactor.Outcome outcome = factor.verifyLogin(user.id(), code, user.email());
            if (outcome == SecondFactor.Outcome.APP_CODE || outcome == SecondFactor.Outcome.RECOVERY_CODE) {
                HttpSession session = request.getSession();
                Object target = session.getAttribute(SecondFactorFilter.TARGET);
                session.removeAttribute(SecondFactorFilter.TARGET);
                SecondFactorSession.markPassed(request, response, authentication, factor.proven());
                if (outcome == SecondFactor.Outcome.RECOVERY_CODE) {
                    redirect.addFlashAttribute("recoveryCodeUsed", factor.stateOf(user.id()).recoveryCodesLeft());
                    return "redirect:" + SecondFactorFilter.ENROL_PATH;
                }
                return "redirect:" + (target instanceof String path && path.startsWith("/") && !path.startsWith("//")
                        ? path : "/beheer");
            }
            if (outcome == SecondFactor.Outcome.LOCKED) {
                error = "account.mfa.error.locked";
                status = HttpStatus.TOO_MANY_REQUESTS;
            } else {
                error = "account.mfa.error.loginCodeWrong";
            }
        }
        response.setStatus(status.value());
        model.addAttribute("errors", FormErrors.resolve(messages, Map.of("code", error), locale));
        return VIEW;
    }

    /** Where to go instead when there is no second step to take here. */
    private String elsewhere(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof StaffUser user)) {
            return "redirect:/login";
        }
        if (SecondFactor.passed(authentication) || !factor.stateOf(user.id()).enrolled()) {
            return "redirect:/beheer";
        }
        return null;
    }
}
