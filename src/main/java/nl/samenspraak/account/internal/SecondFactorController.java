package nl.samenspraak.account.internal;

import nl.samenspraak.account.SecondFactor;
import nl.samenspraak.account.StaffUser;
import nl.samenspraak.platform.FormErrors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A staff member's own second factor: enrol an authenticator app (QR code and the secret as
 * text), see how many recovery codes are left, make new ones, or switch the factor off when
 * the role allows it. Changes need a current code from the app.
 */
@Controller
class SecondFactorController {

    static final String VIEW = "account/second-factor";
    static final String RECOVERY_VIEW = "account/recovery-codes";
    static final String RECOVERY_PATH = SecondFactorFilter.ENROL_PATH + "/herstelcodes";
    static final String DISABLE_PATH = SecondFactorFilter.ENROL_PATH + "/uitzetten";
    /** Session attribute: the secret being enrolled; stored with the account only once a code proves the app has it. */
    static final String PENDING_SECRET = SecondFactorController.class.getName() + ".pendingSecret";
    private static final int MAX_CODE_LENGTH = 40;

    private final SecondFactor factor;
    private final MessageSource messages;

    SecondFactorController(SecondFactor factor, MessageSource messages) {
        this.factor = factor;
        this.messages = messages;
    }

    @GetMapping(SecondFactorFilter.ENROL_PATH)
    String showSecondFactor(Authentication authentication, HttpSession session, Model model) {
        return render(model, (StaffUser) authentication.getPrincipal(), session, Map.of());
    }

    @PostMapping(SecondFactorFilter.ENROL_PATH)
    String processEnrolment(@RequestParam(defaultValue = "") String code, Authentication authentication,
                            HttpServletRequest request, HttpServletResponse response, Locale locale, Model model,
                            RedirectAttributes redirect) {
        StaffUser user = (StaffUser) authentication.getPrincipal();
        HttpSession session = request.getSession();
        if (factor.stateOf(user.id()).enrolled() || !(session.getAttribute(PENDING_SECRET) instanceof String secret)) {
            return "redirect:" + SecondFactorFilter.ENROL_PATH;
        }
        String error = null;
        Optional<List<String>> recovery = Optional.empty();
        if (code.isBlank()) {
            error = "account.mfa.error.codeMissing";
        } else if (code.length() > MAX_CODE_LENGTH) {
            error = "account.mfa.error.codeWrong";
        } else {
            recovery = factor.enrol(user.id(), secret, code, user.email());
            if (recovery.isEmpty()) {
                error = "account.mfa.error.codeWrong";
            }
        }
        if (error != null) {
            return rejected(model, user, session, response, locale, "code", error);
        }
        session.removeAttribute(PENDING_SECRET);
        SecondFactorSession.markPassed(request, response, authentication, factor.proven());
        redirect.addFlashAttribute("recoveryCodes", recovery.get());
        redirect.addFlashAttribute("enrolled", true);
        return "redirect:" + RECOVERY_PATH;
    }

    /** The recovery codes, once, right after they were made; a reload finds them gone. */
    @GetMapping(RECOVERY_PATH)
    String showRecoveryCodes(Model model) {
        if (!model.containsAttribute("recoveryCodes")) {
            return "redirect:" + SecondFactorFilter.ENROL_PATH;
        }
        return RECOVERY_VIEW;
    }

    @PostMapping(RECOVERY_PATH)
    String processNewRecoveryCodes(@RequestParam(defaultValue = "") String renewCode, Authentication authentication,
                                   HttpSession session, HttpServletResponse response, Locale locale, Model model,
                                   RedirectAttributes redirect) {
        StaffUser user = (StaffUser) authentication.getPrincipal();
        if (!factor.stateOf(user.id()).enrolled()) {
            return "redirect:" + SecondFactorFilter.ENROL_PATH;
        }
        String error = checkLength(renewCode);
        Optional<List<String>> recovery = Optional.empty();
        if (error == null) {
            recovery = factor.renewRecoveryCodes(user.id(), renewCode, user.email());
            if (recovery.isEmpty()) {
                error = "account.mfa.error.codeWrong";
            }
        }
        if (error != null) {
            return rejected(model, user, session, response, locale, "renewCode", error);
        }
        redirect.addFlashAttribute("recoveryCodes", recovery.get());
        return "redirect:" + RECOVERY_PATH;
    }

    @PostMapping(DISABLE_PATH)
    String processDisable(@RequestParam(defaultValue = "") String disableCode, Authentication authentication,
                          HttpSession session, HttpServletResponse response, Locale locale, Model model,
                          RedirectAttributes redirect) {
        StaffUser user = (StaffUser) authentication.getPrincipal();
        SecondFactor.State state = factor.stateOf(user.id());
        if (!state.enrolled()) {
            return "redirect:" + SecondFactorFilter.ENROL_PATH;
        }
        String error = state.required() ? "account.mfa.error.required" : checkLength(disableCode);
        if (error == null && !factor.disable(user.id(), disableCode, user.email())) {
            error = "account.mfa.error.codeWrong";
        }
        if (error != null) {
            return rejected(model, user, session, response, locale, "disableCode", error);
        }
        redirect.addFlashAttribute("disabled", true);
        return "redirect:" + SecondFactorFilter.ENROL_PATH;
    }

    private static String checkLength(String code) {
        if (code.isBlank()) {
            return "account.mfa.error.codeMissing";
        }
        return code.length() > MAX_CODE_LENGTH ? "account.mfa.error.codeWrong" : null;
    }

    private String rejected(Model model, StaffUser user, HttpSession session, HttpServletResponse response, Locale locale,
                            String field, String key) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return render(model, user, session, FormErrors.resolve(messages, Map.of(field, key), locale));
    }

    private String render(Model model, StaffUser user, HttpSession session, Map<String, String> errors) {
        SecondFactor.State state = factor.stateOf(user.id());
        model.addAttribute("state", state);
        model.addAttribute("errors", errors);
        if (!state.enrolled()) {
            // The same secret until it is confirmed, so a page reload does not invalidate a scanned code.
            String secret = session.getAttribute(PENDING_SECRET) instanceof String pending ? pending : factor.newSecret();
            session.setAttribute(PENDING_SECRET, secret);
            model.addAttribute("qrCode", factor.qrCode(secret, user.email()));
            model.addAttribute("secretGroups", String.join(" ", secret.split("(?<=\\G.{4})")));
        }
        return VIEW;
    }
}
