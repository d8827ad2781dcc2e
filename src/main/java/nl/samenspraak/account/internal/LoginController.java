package nl.samenspraak.account.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    static final String VIEW = "account/login";

    @GetMapping("/login")
    String showLogin() {
        return VIEW;
    }
}
