package nl.samenspraak.reimbursement.internal;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The page for an upload far over the limit, reached from {@link UploadSizeFilter}; it registers that filter too. */
@Controller
class TooLargeController {

    @Bean
    static FilterRegistrationBean<UploadSizeFilter> uploadSizeFilterRegistration() {
        FilterRegistrationBean<UploadSizeFilter> registration = new FilterRegistrationBean<>(new UploadSizeFilter());
        // Before Spring Security, whose CSRF check would otherwise be the first to read the body.
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    @GetMapping(UploadSizeFilter.PAGE)
    String showTooLarge(@RequestParam(name = "terug", required = false) String back, Model model) {
        model.addAttribute("backTo", UploadSizeFilter.safePath(back));
        return UploadTooLargeAdvice.VIEW;
    }
}
