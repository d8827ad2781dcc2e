package nl.samenspraak.input.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccess;
import nl.samenspraak.input.Channel;
import nl.samenspraak.input.Input;
import nl.samenspraak.input.InputIntake;
import nl.samenspraak.input.InputViews;
import nl.samenspraak.input.InvalidInputException;
import nl.samenspraak.platform.FormErrors;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.process.Process;
import nl.samenspraak.process.Processes;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff write down input from offline channels: at a meeting, door to door, on paper, by phone. */
@Controller
class InputStaffController {

    static final String CAPTURE_VIEW = "input/staff/capture";
    static final String RECEIPT_VIEW = "input/staff/receipt";
    static final List<Channel> CAPTURE_CHANNELS = List.of(Channel.MEETING, Channel.DOOR_TO_DOOR, Channel.PAPER,
            Channel.PHONE, Channel.OPTROMMELEN, Channel.ONLINE);

    private final StaffAccess staffAccess;
    private final Processes processes;
    private final InputIntake intake;
    private final InputViews views;
    private final FormErrors formErrors;

    InputStaffController(StaffAccess staffAccess, Processes processes, InputIntake intake, InputViews views,
                         FormErrors formErrors) {
        this.staffAccess = staffAccess;
        this.processes = processes;
        this.intake = intake;
        this.views = views;
        this.formErrors = formErrors;
    }

    @GetMapping("/beheer/{slug}/trajecten/{id}/inbreng/nieuw")
    String initCaptureForm(Authentication authentication, @PathVariable String slug, @PathVariable UUID id, Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        Process process = processes.find(access.collaborationId(), id).orElseThrow(NotFoundException::new);
        return captureForm(model, access, process, CaptureForm.startingOn(views.today()), Map.of());
    }

    @PostMapping("/beheer/{slug}/trajecten/{id}/inbreng/nieuw")
    String processCaptureForm(Authentication authentication, @PathVariable String slug, @PathVariable UUID id,
                              @ModelAttribute("form") CaptureForm form, Model model, Locale locale,
                              HttpServletResponse response, RedirectAttributes redirect) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        Process process = processes.find(access.collaborationId(), id).orElseThrow(NotFoundException::new);
        try {
            InputIntake.Receipt receipt = intake.capture(access.collaborationId(), process.id(),
                    form.toNewInput(access.staffId()));
            redirect.addAttribute("slug", access.slug());
            redirect.addAttribute("id", receipt.id());
            return "redirect:/beheer/{slug}/inbreng/{id}/ontvangen";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            form.keepValidKey();
            return captureForm(model, access, process, form, formErrors.of(e, locale));
        }
    }

    @GetMapping("/beheer/{slug}/inbreng/{id}/ontvangen")
    String showReceipt(Authentication authentication, @PathVariable String slug, @PathVariable UUID id, Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.VIEWER);
        Input input = views.find(access.collaborationId(), id).orElseThrow(NotFoundException::new);
        model.addAttribute("access", access);
        model.addAttribute("input", input);
        model.addAttribute("process", processes.find(access.collaborationId(), input.processId()).orElseThrow(NotFoundException::new));
        return RECEIPT_VIEW;
    }

    private String captureForm(Model model, CollaborationAccess access, Process process, CaptureForm form,
                               Map<String, String> errors) {
        model.addAttribute("access", access);
        model.addAttribute("process", process);
        model.addAttribute("form", form);
        model.addAttribute("channels", CAPTURE_CHANNELS);
        model.addAttribute("today", views.today());
        model.addAttribute("errors", errors);
        return CAPTURE_VIEW;
    }
}
