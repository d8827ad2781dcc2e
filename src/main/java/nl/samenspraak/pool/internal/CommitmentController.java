package nl.samenspraak.pool.internal;

import java.util.Locale;
import java.util.Map;
import nl.samenspraak.account.StaffAccounts;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.platform.FormErrors;
import nl.samenspraak.platform.Redirects;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The resident reads a commitment in plain words and agrees, declines or ends it, through
 * the link in the message or from their own page.
 */
@Controller
class CommitmentController {

    static final String VIEW = "pool/commitment";

    private final FormErrors formErrors;
    private final CommitmentNotices notices;
    private final CommitmentSteps steps;
    private final PoolPages pages;
    private final Commitments commitments;
    private final Collaborations collaborations;

    CommitmentController(FormErrors formErrors, CommitmentNotices notices, CommitmentSteps steps, PoolPages pages, Commitments commitments, Collaborations collaborations) {
        this.formErrors = formErrors;
        this.notices = notices;
        this.steps = steps;
        this.pages = pages;
        this.commitments = commitments;
        this.collaborations = collaborations;
    }

    @GetMapping("/afspraak/{token}")
    String showCommitment(@PathVariable String token, @RequestParam(required = false) String klaar, Model model) {
        return page(model, direct(token), klaar, null, Map.of());
    }

    @PostMapping("/afspraak/{token}")
    ModelAndView processAnswer(@PathVariable String token, @RequestParam(required = false) String action,
                               @RequestParam(required = false) String reason, Model model, Locale locale) {
        return answer(direct(token), action, reason, model, locale);
    }

    @GetMapping("/inwonerpool/mijn/{token}/afspraken/{id}")
    String showCommitmentOfMember(@PathVariable String token, @PathVariable String id,
                                  @RequestParam(required = false) String klaar, Model model) {
        return page(model, pages.fromMemberPage(token, id, "afspraken"), klaar, null, Map.of());
    }

    @PostMapping("/inwonerpool/mijn/{token}/afspraken/{id}")
    ModelAndView processAnswerOfMember(@PathVariable String token, @PathVariable String id,
                                       @RequestParam(required = false) String action,
                                       @RequestParam(required = false) String reason, Model model, Locale locale) {
        return answer(pages.fromMemberPage(token, id, "afspraken"), action, reason, model, locale);
    }

    private PoolPages.Opened direct(String token) {
        return pages.single(token, PoolLinks.COMMITMENT, "/afspraak/");
    }

    private ModelAndView answer(PoolPages.Opened opened, String action, String reason, Model model, Locale locale) {
        Commitment c = commitment(opened);
        Map<String, String> errors;
        try {
            switch (action == null ? "" : action) {
                case "agree" -> steps.agree(opened.collaborationId(), c.id(), opened.member().memberId());
                case "decline" -> steps.decline(opened.collaborationId(), c.id(), opened.member().memberId(), reason);
                case "end" -> steps.endByResident(opened.collaborationId(), c.id(), opened.member().memberId(), reason);
                default -> throw new InvalidPoolInputException("action", "pool.error.answer");
            }
            return new ModelAndView(Redirects.seeOther(opened.basePath() + "?klaar=" + action));
        } catch (InvalidPoolInputException e) {
            errors = formErrors.of(e, locale);
        }
        page(model, opened, null, reason, errors);
        return new ModelAndView(VIEW, model.asMap(), HttpStatus.UNPROCESSABLE_CONTENT);
    }

    private Commitment commitment(PoolPages.Opened opened) {
        return commitments.find(opened.collaborationId(), opened.subjectId())
                .filter(c -> c.memberId().value().equals(opened.member().id()))
                .orElseThrow(PoolPages.LinkUnknownException::new);
    }

    private String page(Model model, PoolPages.Opened opened, String done, String reason, Map<String, String> errors) {
        Commitment c = commitment(opened);
        StaffAccounts.StaffMember contact = notices.staffOf(opened.collaborationId()).get(c.contactStaffId());
        model.addAttribute("collaboration", collaborations.findById(opened.collaborationId()).orElseThrow());
        model.addAttribute("commitment", c);
        model.addAttribute("roleName", notices.roleName(c, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        model.addAttribute("contact", contact == null ? null : contact.displayName());
        model.addAttribute("today", steps.today());
        model.addAttribute("done", done == null ? null : switch (done) {
            case "agree", "decline", "end" -> done;
            default -> null;
        });
        model.addAttribute("reason", reason);
        model.addAttribute("basePath", opened.basePath());
        model.addAttribute("errors", errors);
        return VIEW;
    }
}
