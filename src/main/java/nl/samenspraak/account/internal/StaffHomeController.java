package nl.samenspraak.account.internal;

import nl.samenspraak.account.SecondFactor;
import nl.samenspraak.account.StaffAccounts;
import nl.samenspraak.account.StaffUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Where staff land after logging in: the collaborations they work in, with their role. */
@Controller
class StaffHomeController {

    static final String VIEW = "account/home";

    private final StaffAccounts accounts;
    private final SecondFactor factor;

    StaffHomeController(StaffAccounts accounts, SecondFactor factor) {
        this.accounts = accounts;
        this.factor = factor;
    }

    @GetMapping("/beheer")
    String showHome(@AuthenticationPrincipal StaffUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("memberships", accounts.memberships(user.id()));
        model.addAttribute("secondFactor", factor.stateOf(user.id()));
        return VIEW;
    }
}
