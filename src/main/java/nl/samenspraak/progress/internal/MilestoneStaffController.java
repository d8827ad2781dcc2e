package nl.samenspraak.progress.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccess;
import nl.samenspraak.input.InputViews;
import nl.samenspraak.platform.FormErrors;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.platform.Redirects;
import nl.samenspraak.process.Process;
import nl.samenspraak.process.Processes;
import nl.samenspraak.progress.InvalidMilestoneException;
import nl.samenspraak.progress.MilestoneKind;
import nl.samenspraak.progress.Milestones;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Staff add milestones, quick wins and delay notices to a process; viewers read them. */
@Controller
class MilestoneStaffController {

    static final String VIEW = "progress/staff/milestones";

    private final StaffAccess staffAccess;
    private final Processes processes;
    private final Milestones milestones;
    private final InputViews inputs;
    private final MessageSource messages;

    MilestoneStaffController(StaffAccess staffAccess, Processes processes, Milestones milestones, InputViews inputs,
                             MessageSource messages) {
        this.staffAccess = staffAccess;
        this.processes = processes;
        this.milestones = milestones;
        this.inputs = inputs;
        this.messages = messages;
    }

    @GetMapping("/beheer/{slug}/trajecten/{id}/voortgang")
    String showMilestones(Authentication authentication, @PathVariable String slug, @PathVariable UUID id, Model model,
                          Locale locale) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.VIEWER);
        Process process = processes.find(access.collaborationId(), id).orElseThrow(NotFoundException::new);
        return page(model, access, process, MilestoneForm.empty(inputs.today()), Map.of(), locale);
    }

    @PostMapping("/beheer/{slug}/trajecten/{id}/voortgang")
    Object processMilestone(Authentication authentication, @PathVariable String slug, @PathVariable UUID id,
                            @ModelAttribute("form") MilestoneForm form, Model model, Locale locale,
                            HttpServletResponse response) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        Process process = processes.find(access.collaborationId(), id).orElseThrow(NotFoundException::new);
        Map<String, String> errors = form.check();
        if (errors.isEmpty()) {
            try {
                milestones.add(access.collaborationId(), process.id(), form.toNew(), access.staffId(), access.actor());
                return Redirects.seeOther("/beheer/" + access.slug() + "/trajecten/" + process.id() + "/voortgang?toegevoegd");
            } catch (InvalidMilestoneException e) {
                errors = Map.of(e.field(), e.messageKey());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(model, access, process, form, errors, locale);
    }

    private String page(Model model, CollaborationAccess access, Process process, MilestoneForm form,
                        Map<String, String> errorKeys, Locale locale) {
        model.addAttribute("access", access);
        model.addAttribute("process", process);
        model.addAttribute("milestones", milestones.ofProcess(access.collaborationId(), process.id()));
        model.addAttribute("canAdd", access.can(Role.PROFESSIONAL));
        model.addAttribute("kinds", MilestoneKind.values());
        model.addAttribute("form", form);
        model.addAttribute("limits", Map.of("title", Milestones.TITLE, "text", Milestones.TEXT, "photoAlt", Milestones.PHOTO_ALT));
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String field : java.util.List.of("kind", "date", "title", "text", "photo", "photoAlt")) {
            if (errorKeys.containsKey(field)) {
                ordered.put(field, errorKeys.get(field));
            }
        }
        model.addAttribute("errors", FormErrors.resolve(messages, ordered, locale));
        return VIEW;
    }
}
