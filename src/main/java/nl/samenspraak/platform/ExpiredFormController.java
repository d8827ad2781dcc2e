package nl.samenspraak.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Where a form lands whose security code (CSRF token) was missing or stale: after a page
 * stood open very long, or in a browser that keeps no cookies. Nothing was stored; the text
 * the person typed is shown again so that it is not lost.
 */
@Controller
class ExpiredFormController {

    static final String PATH = "/formulier-verlopen";
    static final String VIEW = "platform/expired";
    static final int MAX_KEPT_TEXT = 10_000;

    @RequestMapping(PATH)
    String showExpired(HttpServletRequest request, Model model) {
        Object original = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String contextPath = request.getContextPath();
        String back = original instanceof String uri && uri.startsWith(contextPath + "/")
                ? uri.substring(contextPath.length()) : "/";
        String kept = Text.clean(request.getParameter("text"));
        model.addAttribute("backTo", back);
        model.addAttribute("keptText", kept.length() > MAX_KEPT_TEXT ? kept.substring(0, MAX_KEPT_TEXT) : kept);
        return VIEW;
    }
}
