package nl.samenspraak.account.internal;

import nl.samenspraak.account.ApiTokens;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccess;
import nl.samenspraak.account.StaffAccounts;
import nl.samenspraak.account.StaffUser;
import nl.samenspraak.platform.FormErrors;
import nl.samenspraak.platform.Ids;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.platform.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A staff member's own API tokens: which exist, for which collaboration, since when, when last
 * used and what they may do; make one (its value is shown once) or end one at once.
 */
@Controller
class ApiTokenPageController {

    static final String VIEW = "account/api-tokens";
    static final String PATH = "/beheer/account/api-tokens";

    private final ApiTokens tokens;
    private final StaffAccounts accounts;
    private final StaffAccess access;
    private final MessageSource messages;

    ApiTokenPageController(ApiTokens tokens, StaffAccounts accounts, StaffAccess access, MessageSource messages) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String showTokens(@AuthenticationPrincipal StaffUser user, Model model) {
        return render(model, user, "", "", Map.of());
    }

    @PostMapping(PATH)
    String processTokenForm(@RequestParam(defaultValue = "") String collaboration,
                            @RequestParam(defaultValue = "") String scope, @AuthenticationPrincipal StaffUser user,
                            Authentication authentication, Locale locale, Model model, RedirectAttributes redirect,
                            HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        boolean member = accounts.memberships(user.id()).stream().anyMatch(m -> m.slug().equals(collaboration));
        if (!member) {
            errors.put("collaboration", "account.tokens.error.collaborationRequired");
        }
        ApiTokens.Scope chosen = switch (scope) {
            case "READ" -> ApiTokens.Scope.READ;
            case "READ_WRITE" -> ApiTokens.Scope.READ_WRITE;
            default -> null;
        };
        if (chosen == null) {
            errors.put("scope", "account.tokens.error.scopeRequired");
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return render(model, user, collaboration, scope, FormErrors.resolve(messages, errors, locale));
        }
        // Checked like every staff action: a role in that collaboration, read fresh from the database.
        access.require(authentication, collaboration, Role.VIEWER);
        var issued = tokens.issue(user.id(), collaboration, chosen).orElseThrow(NotFoundException::new);
        // Shown once, on the next page, and kept nowhere but in the flash attributes until then
        // (plain values: the session store serialises them).
        redirect.addFlashAttribute("issuedToken", issued.token());
        redirect.addFlashAttribute("issuedExpiresAt", issued.expiresAt());
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/intrekken")
    String revokeToken(@RequestParam(defaultValue = "") String token, @AuthenticationPrincipal StaffUser user,
                       RedirectAttributes redirect) {
        UUID id = Ids.parseUuid(token).orElseThrow(NotFoundException::new);
        if (!tokens.revoke(user.id(), id, user.email())) {
            throw new NotFoundException();
        }
        redirect.addFlashAttribute("revoked", true);
        return "redirect:" + PATH;
    }

    private String render(Model model, StaffUser user, String collaboration, String scope, Map<String, String> errors) {
        model.addAttribute("tokens", tokens.ownedBy(user.id()));
        model.addAttribute("memberships", accounts.memberships(user.id()));
        model.addAttribute("collaboration", collaboration);
        model.addAttribute("scope", scope);
        model.addAttribute("scopes", ApiTokens.Scope.values());
        model.addAttribute("errors", errors);
        return VIEW;
    }
}
