package nl.samenspraak.pool.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.platform.ClientNetwork;
import nl.samenspraak.platform.FormErrors;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.platform.RateLimiter;
import nl.samenspraak.platform.Redirects;
import nl.samenspraak.pool.internal.Vocabulary.Purpose;
import nl.samenspraak.resident.ContactChannel;
import nl.samenspraak.resident.InvalidResidentException;
import nl.samenspraak.resident.PrivacyLinks;
import nl.samenspraak.resident.ResidentDetails;
import nl.samenspraak.resident.Residents;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The resident's side of the pool, without an account: joining, the personal page where
 * they change their interests, limits and consents, and leaving.
 */
@Controller
class PublicPoolController {

    static final String JOIN_VIEW = "pool/join";
    static final String MEMBER_VIEW = "pool/member";
    static final String LEAVE_VIEW = "pool/leave";
    static final String LEFT_VIEW = "pool/left";
    static final String TOO_MANY_VIEW = "pool/too-many";
    static final Duration WINDOW = Duration.ofMinutes(10);

    private final FormErrors formErrors;
    private final Consents consents;
    private final MembershipChanges changes;
    private final PoolJoining joining;
    private final Collaborations collaborations;
    private final PoolMembers members;
    private final Activities activities;
    private final Invitations invitations;
    private final Commitments commitments;
    private final Residents residents;
    private final PrivacyLinks privacyLinks;
    private final PoolPages pages;
    private final PoolTexts texts;
    private final RateLimiter limiter;
    private final int joinsPerWindow;

    PublicPoolController(FormErrors formErrors, Consents consents, MembershipChanges changes, PoolJoining joining, Collaborations collaborations, PoolMembers members, Activities activities,
                         Invitations invitations,
                         Commitments commitments, Residents residents, PrivacyLinks privacyLinks, PoolPages pages, PoolTexts texts, RateLimiter limiter,
                         @Value("${samenspraak.rate-limit.pool-joins-per-10-minutes:20}") int joinsPerWindow) {
        this.formErrors = formErrors;
        this.consents = consents;
        this.changes = changes;
        this.joining = joining;
        this.collaborations = collaborations;
        this.members = members;
        this.activities = activities;
        this.invitations = invitations;
        this.commitments = commitments;
        this.residents = residents;
        this.privacyLinks = privacyLinks;
        this.pages = pages;
        this.texts = texts;
        this.limiter = limiter;
        this.joinsPerWindow = joinsPerWindow;
    }

    @GetMapping("/inwonerpool/{slug}")
    String showJoinForm(@PathVariable String slug, Model model) {
        Collaboration collaboration = collaborations.findBySlug(slug).orElseThrow(NotFoundException::new);
        return joinForm(model, collaboration, MemberForm.empty(activities.today(), null), Map.of());
    }

    @PostMapping("/inwonerpool/{slug}")
    ModelAndView processJoinForm(@PathVariable String slug, @ModelAttribute("form") MemberForm form, Model model,
                                 Locale locale, HttpServletRequest request) {
        Collaboration collaboration = collaborations.findBySlug(slug).orElseThrow(NotFoundException::new);
        if (!limiter.tryAcquire("pool-join:" + ClientNetwork.key(request), joinsPerWindow, WINDOW)) {
            model.addAttribute("backTo", "/inwonerpool/" + slug);
            return new ModelAndView(TOO_MANY_VIEW, model.asMap(), HttpStatus.TOO_MANY_REQUESTS);
        }
        Map<String, String> errors = pages.texts(form.check(false, activities.today()), locale);
        ResidentDetails details = form.details(language(locale));
        if (errors.isEmpty() && details.contactBy() == ContactChannel.EMAIL && details.email() != null
                && !limiter.tryMailTo(details.email().strip())) {
            // Joining sends a welcome to the address typed: a stranger could otherwise flood someone's mailbox.
            errors = pages.text("email", RateLimiter.MAIL_BUSY, locale);
        }
        if (errors.isEmpty()) {
            try {
                PoolJoining.Joined joined = joining.join(collaboration.id(), details,
                        form.profile().toProfile(), form.profile().resultsChecked());
                return new ModelAndView(Redirects.seeOther("/inwonerpool/mijn/" + joined.token() + "?nieuw"));
            } catch (InvalidResidentException e) {
                errors = formErrors.of(e, locale);
            }
        }
        joinForm(model, collaboration, form, errors);
        return new ModelAndView(JOIN_VIEW, model.asMap(), HttpStatus.UNPROCESSABLE_CONTENT);
    }

    @GetMapping("/inwonerpool/mijn/{token}")
    String showMemberPage(@PathVariable String token, @RequestParam(required = false) String nieuw,
                          @RequestParam(required = false) String opgeslagen, Model model) {
        PoolPages.Opened opened = pages.memberPage(token);
        Map<Purpose, Boolean> consents = this.consents.current(opened.member().memberId());
        ProfileForm form = ProfileForm.of(opened.member().profile(), consents.get(Purpose.INVITATIONS),
                consents.get(Purpose.RESULTS));
        model.addAttribute("welcome", nieuw != null);
        model.addAttribute("saved", opgeslagen != null);
        return memberPage(model, opened, form, Map.of());
    }

    @PostMapping("/inwonerpool/mijn/{token}")
    ModelAndView processMemberPage(@PathVariable String token, @ModelAttribute("form") ProfileForm form, Model model,
                                   Locale locale) {
        PoolPages.Opened opened = pages.memberPage(token);
        Map<String, String> keys = new java.util.LinkedHashMap<>(form.check());
        // Here the member may say no to invitations without leaving the pool.
        keys.remove("consentInvitations");
        if (keys.isEmpty()) {
            changes.update(opened.collaborationId(), opened.member().id(), form.toProfile(), form.invitationsChecked(),
                    form.resultsChecked(), null);
            return new ModelAndView(Redirects.seeOther(opened.basePath() + "?opgeslagen"));
        }
        memberPage(model, opened, form, pages.texts(keys, locale));
        return new ModelAndView(MEMBER_VIEW, model.asMap(), HttpStatus.UNPROCESSABLE_CONTENT);
    }

    @GetMapping("/inwonerpool/mijn/{token}/stoppen")
    String showLeave(@PathVariable String token, Model model) {
        PoolPages.Opened opened = pages.memberPage(token);
        model.addAttribute("basePath", opened.basePath());
        model.addAttribute("collaboration", collaborations.findById(opened.collaborationId()).orElseThrow());
        return LEAVE_VIEW;
    }

    @PostMapping("/inwonerpool/mijn/{token}/stoppen")
    String processLeave(@PathVariable String token, RedirectAttributes redirect) {
        PoolPages.Opened opened = pages.memberPage(token);
        changes.withdraw(opened.collaborationId(), opened.member().id(), null);
        // Whoever holds the member page's link need not own the e-mail address the member gave: the
        // link to see or erase the data goes to that mailbox, never to this browser.
        boolean mailed = privacyLinks.mailTo(opened.collaborationId(), opened.member().residentId());
        Collaboration collaboration = collaborations.findById(opened.collaborationId()).orElseThrow();
        redirect.addFlashAttribute("privacyMailed", mailed);
        redirect.addAttribute("slug", collaboration.slug());
        return "redirect:/inwonerpool/{slug}/gestopt";
    }

    @GetMapping("/inwonerpool/{slug}/gestopt")
    String showLeft(@PathVariable String slug, Model model) {
        model.addAttribute("collaboration", collaborations.findBySlug(slug).orElseThrow(NotFoundException::new));
        return LEFT_VIEW;
    }

    /** "Who takes part": the resident chooses to help; only then is a link made for it. */
    @PostMapping("/inwonerpool/mijn/{token}/wie-doet-mee")
    String processDemographics(@PathVariable String token) {
        PoolPages.Opened opened = pages.memberPage(token);
        String link = residents.issueLink(opened.collaborationId(), opened.member().residentId(), PoolLinks.DEMOGRAPHICS,
                null, PoolLinks.SHORT);
        return "redirect:/wie-doet-mee/" + link;
    }

    private String joinForm(Model model, Collaboration collaboration, MemberForm form, Map<String, String> errors) {
        model.addAttribute("collaboration", collaboration);
        model.addAttribute("form", form);
        model.addAttribute("profile", form.profile());
        model.addAttribute("channels", MemberForm.CHANNELS);
        model.addAttribute("errors", errors);
        return JOIN_VIEW;
    }

    private String memberPage(Model model, PoolPages.Opened opened, ProfileForm form, Map<String, String> errors) {
        var invitations = this.invitations.of(opened.collaborationId(), opened.member().memberId());
        model.addAttribute("collaboration", collaborations.findById(opened.collaborationId()).orElseThrow());
        model.addAttribute("basePath", opened.basePath());
        model.addAttribute("memberUrl", texts.url(opened.basePath()));
        model.addAttribute("profile", form);
        model.addAttribute("form", form);
        model.addAttribute("invitations", invitations);
        model.addAttribute("activities", activities.activities(opened.collaborationId(), invitations));
        model.addAttribute("commitments", commitments.ofMember(opened.collaborationId(), opened.member().id()));
        model.addAttribute("today", activities.today());
        model.addAttribute("errors", errors);
        return MEMBER_VIEW;
    }

    static String language(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "en" : "nl";
    }
}
