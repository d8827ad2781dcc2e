package nl.samenspraak.input.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.input.Input;
import nl.samenspraak.input.InputModeration;
import nl.samenspraak.input.InvalidInputException;
import nl.samenspraak.input.ModerationReason;
import nl.samenspraak.platform.ClientNetwork;
import nl.samenspraak.platform.FormErrors;
import nl.samenspraak.platform.Ids;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.platform.RateLimiter;
import nl.samenspraak.platform.Redirects;
import nl.samenspraak.process.Process;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/** Anyone, without an account, reports a published input that should not be on the page. */
@Controller
class ReportController {

    static final String VIEW = "input/report";
    static final String THANKS_VIEW = "input/reported";

    /** What a resident typed; strings only, so nothing a browser sends fails binding. */
    record ReportForm(String reason, String text) {
        static ReportForm empty() {
            return new ReportForm(null, "");
        }
    }

    private final PublicProcessPage page;
    private final InputModeration moderation;
    private final RateLimiter limiter;
    private final MessageSource messages;
    /** A few honest reports fit easily; a flood from one network is stopped. */
    private final int reportsPerWindow;

    ReportController(PublicProcessPage page, InputModeration moderation, RateLimiter limiter, MessageSource messages,
                     @Value("${samenspraak.rate-limit.reports-per-10-minutes:10}") int reportsPerWindow) {
        this.page = page;
        this.moderation = moderation;
        this.limiter = limiter;
        this.messages = messages;
        this.reportsPerWindow = reportsPerWindow;
    }

    @GetMapping("/trajecten/{id}/inbreng/{inputId}/melden")
    String showReportForm(@PathVariable String id, @PathVariable String inputId, Model model, Locale locale) {
        Process process = page.process(id);
        Input input = reportable(process, inputId);
        return form(model, process, input, ReportForm.empty(), Map.of(), locale);
    }

    @PostMapping("/trajecten/{id}/inbreng/{inputId}/melden")
    ModelAndView processReportForm(@PathVariable String id, @PathVariable String inputId,
                                   @ModelAttribute("form") ReportForm form, Model model, Locale locale,
                                   HttpServletRequest request) {
        Process process = page.process(id);
        Input input = reportable(process, inputId);
        // Counted before anything is stored, so a flood is stopped before it reaches the queue.
        if (!limiter.tryAcquire("report:" + ClientNetwork.key(request), reportsPerWindow, PublicProcessController.WINDOW)) {
            model.addAttribute("kind", "report");
            model.addAttribute("backTo", "/trajecten/" + process.id());
            return new ModelAndView(PublicProcessController.TOO_MANY_VIEW, model.asMap(), HttpStatus.TOO_MANY_REQUESTS);
        }
        try {
            moderation.report(process.id(), input.id(), form.reason(), form.text());
            return new ModelAndView(Redirects.seeOther("/trajecten/" + process.id() + "/inbreng/" + input.id() + "/gemeld"));
        } catch (InvalidInputException e) {
            form(model, process, input, form, FormErrors.resolve(messages, Map.of(e.field(), e.messageKey()), locale), locale);
            return new ModelAndView(VIEW, model.asMap(), HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    @GetMapping("/trajecten/{id}/inbreng/{inputId}/gemeld")
    String showThanks(@PathVariable String id, @PathVariable String inputId, Model model) {
        Process process = page.process(id);
        Ids.parseUuid(inputId).orElseThrow(NotFoundException::new);
        model.addAttribute("process", process);
        return THANKS_VIEW;
    }

    private Input reportable(Process process, String inputId) {
        UUID parsed = Ids.parseUuid(inputId).orElseThrow(NotFoundException::new);
        return moderation.reportable(process.id(), parsed).orElseThrow(NotFoundException::new);
    }

    private String form(Model model, Process process, Input input, ReportForm form, Map<String, String> errors,
                        Locale locale) {
        model.addAttribute("process", process);
        model.addAttribute("input", input);
        model.addAttribute("inputText", moderation.of(input.collaborationId(), input.id())
                .publicText(reason -> page.marker(reason, locale)).orElse(""));
        model.addAttribute("form", form);
        model.addAttribute("reasons", List.of(ModerationReason.values()));
        model.addAttribute("textMax", InputModeration.REPORT_TEXT);
        model.addAttribute("errors", errors);
        return VIEW;
    }
}
