package nl.samenspraak.pool.internal;

import java.util.Locale;
import java.util.Map;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.platform.FormErrors;
import nl.samenspraak.platform.Redirects;
import nl.samenspraak.platform.Text;
import nl.samenspraak.pool.InvitationId;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * A member answers an invitation yes or no, through the link in the message or from their
 * own page, without a password. They may change their answer until the activity starts.
 */
@Controller
class InvitationController {

    static final String VIEW = "pool/invitation";

    private final FormErrors formErrors;
    private final PoolPages pages;
    private final Activities activities;
    private final Invitations invitations;
    private final Collaborations collaborations;

    InvitationController(FormErrors formErrors, PoolPages pages, Activities activities, Invitations invitations,
                         Collaborations collaborations) {
        this.formErrors = formErrors;
        this.pages = pages;
        this.activities = activities;
        this.invitations = invitations;
        this.collaborations = collaborations;
    }

    @GetMapping("/uitnodiging/{token}")
    String showInvitation(@PathVariable String token, @RequestParam(required = false) String bedankt, Model model) {
        return page(model, pages.single(token, PoolLinks.INVITATION, "/uitnodiging/"), bedankt != null, null, null, Map.of());
    }

    @PostMapping("/uitnodiging/{token}")
    ModelAndView processReply(@PathVariable String token, @RequestParam(required = false) String answer,
                              @RequestParam(required = false) String note, Model model, Locale locale) {
        return reply(pages.single(token, PoolLinks.INVITATION, "/uitnodiging/"), answer, note, model, locale);
    }

    @GetMapping("/inwonerpool/mijn/{token}/uitnodigingen/{id}")
    String showInvitationOfMember(@PathVariable String token, @PathVariable String id,
                                  @RequestParam(required = false) String bedankt, Model model) {
        return page(model, pages.fromMemberPage(token, id, "uitnodigingen"), bedankt != null, null, null, Map.of());
    }

    @PostMapping("/inwonerpool/mijn/{token}/uitnodigingen/{id}")
    ModelAndView processReplyOfMember(@PathVariable String token, @PathVariable String id,
                                      @RequestParam(required = false) String answer,
                                      @RequestParam(required = false) String note, Model model, Locale locale) {
        return reply(pages.fromMemberPage(token, id, "uitnodigingen"), answer, note, model, locale);
    }

    private ModelAndView reply(PoolPages.Opened opened, String answer, String note, Model model, Locale locale) {
        Invitation invitation = invitation(opened);
        Map<String, String> errors;
        if (!"YES".equals(answer) && !"NO".equals(answer)) {
            errors = pages.text("answer", "pool.error.answer", locale);
        } else {
            try {
                invitations.reply(opened.collaborationId(), invitation.id(), opened.member().memberId(), "YES".equals(answer), note);
                return new ModelAndView(Redirects.seeOther(opened.basePath() + "?bedankt"));
            } catch (InvalidPoolInputException e) {
                errors = formErrors.of(e, locale);
            }
        }
        page(model, opened, false, answer, note, errors);
        return new ModelAndView(VIEW, model.asMap(), HttpStatus.UNPROCESSABLE_CONTENT);
    }

    private Invitation invitation(PoolPages.Opened opened) {
        return invitations.find(opened.collaborationId(), InvitationId.of(opened.subjectId()))
                .filter(i -> i.memberId().equals(opened.member().id()))
                .orElseThrow(PoolPages.LinkUnknownException::new);
    }

    private String page(Model model, PoolPages.Opened opened, boolean thanks, String answer, String note,
                        Map<String, String> errors) {
        Invitation invitation = invitation(opened);
        Activity activity = activities.find(opened.collaborationId(), invitation.activityId())
                .orElseThrow(PoolPages.LinkUnknownException::new);
        boolean open = invitations.answerable(invitation, activity);
        String chosen = answer != null ? answer
                : invitation.accepted() ? "YES" : invitation.declined() ? "NO" : null;
        model.addAttribute("collaboration", collaborations.findById(opened.collaborationId()).orElseThrow());
        model.addAttribute("invitation", invitation);
        model.addAttribute("activity", activity);
        model.addAttribute("startsAt", activity.startsAt().atZone(activities.zone()));
        model.addAttribute("open", open);
        model.addAttribute("thanks", thanks);
        model.addAttribute("answer", chosen);
        model.addAttribute("note", note != null ? Text.clean(note) : invitation.note());
        model.addAttribute("basePath", opened.basePath());
        model.addAttribute("errors", errors);
        return VIEW;
    }
}
