package nl.samenspraak.feedback.internal;

import java.util.Locale;
import java.util.UUID;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccess;
import nl.samenspraak.platform.Ids;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.resident.PersonalDataViews;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The call list: authors who want to hear the answer by phone, ticked off one by one. */
@Controller
class CallListController {

    static final String VIEW = "feedback/call-list";

    private final StaffAccess staffAccess;
    private final CallList calls;
    private final PersonalDataViews personalData;

    CallListController(StaffAccess staffAccess, CallList calls, PersonalDataViews personalData) {
        this.staffAccess = staffAccess;
        this.calls = calls;
        this.personalData = personalData;
    }

    @GetMapping("/beheer/{slug}/bellijst")
    String showCallList(@PathVariable String slug, Authentication authentication, Locale locale, Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.VIEWER);
        model.addAttribute("access", access);
        // Names and phone numbers only for the staff who make the calls; viewers see what is still to do.
        boolean shown = personalData.open(access, "call list", "collaboration", access.collaborationId());
        model.addAttribute("canCall", access.can(Role.PROFESSIONAL));
        model.addAttribute("contactShown", shown);
        CallList.View view = calls.view(access.collaborationId(), locale);
        model.addAttribute("calls", shown ? view : view.withoutContactDetails());
        return VIEW;
    }

    @PostMapping("/beheer/{slug}/bellijst/{notificationId}/gebeld")
    String processCalled(@PathVariable String slug, @PathVariable String notificationId, Authentication authentication) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        UUID id = Ids.parseUuid(notificationId).orElseThrow(NotFoundException::new);
        calls.markCalled(access, id);
        return "redirect:/beheer/{slug}/bellijst?gebeld";
    }
}
