package nl.samenspraak.reimbursement.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A file far above the limit never reaches the form's own check: the server stops reading it. Say
 * so plainly, with the way back to the form, instead of an error page.
 */
@ControllerAdvice
class UploadTooLargeAdvice {

    static final String VIEW = "reimbursement/too-large";

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request) {
        ModelAndView page = new ModelAndView(VIEW, HttpStatus.CONTENT_TOO_LARGE);
        page.addObject("backTo", UploadSizeFilter.safePath(request.getRequestURI().substring(request.getContextPath().length())));
        return page;
    }
}
