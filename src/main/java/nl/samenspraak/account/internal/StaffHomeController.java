package nl.samenspraak.account.internal;

import java.util.List;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.SecondFactor;
import nl.samenspraak.account.StaffAccounts;
import nl.samenspraak.account.StaffUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Where staff land after logging in: the collaborations they work in, with their role (a board member: the report). */
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
        List<StaffAccounts.Membership> memberships = accounts.memberships(user.id());
        // A board member of one collaboration has one page to read: the yearly report opens straight away.
        if (!user.platformAdmin() && memberships.size() == 1 && memberships.getFirst().role() == Role.BOARD) {
            return "redirect:/beheer/" + memberships.getFirst().slug() + "/rapport";
        }
        model.addAttribute("user", user);
        model.addAttribute("memberships", memberships);
        model.addAttribute("secondFactor", factor.stateOf(user.id()));
        return VIEW;
    }
}
