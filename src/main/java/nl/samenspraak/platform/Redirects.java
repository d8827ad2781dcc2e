package nl.samenspraak.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.view.RedirectView;

/** Redirects after a form was handled (post, redirect, get). */
public final class Redirects {

    private Redirects() {
    }

    /**
     * A 303 See Other to {@code url}, relative to the application's context path; the model is
     * not copied into the address, so nothing a person typed ends up in a URL or a log.
     */
    public static RedirectView seeOther(String url) {
        RedirectView view = new RedirectView(url, true);
        view.setStatusCode(HttpStatus.SEE_OTHER);
        view.setExposeModelAttributes(false);
        return view;
    }
}
