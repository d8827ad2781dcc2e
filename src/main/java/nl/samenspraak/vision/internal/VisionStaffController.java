package nl.samenspraak.vision.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccess;
import nl.samenspraak.account.StaffAccounts;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.collaboration.MemberOrganisation;
import nl.samenspraak.language.PublishedTexts;
import nl.samenspraak.language.Review;
import nl.samenspraak.language.TextReview;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.platform.FormErrors;
import nl.samenspraak.platform.Ids;
import nl.samenspraak.platform.PageKeys;
import nl.samenspraak.platform.Redirects;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The coordinator's page of the shared vision: the draft with the plain-language check, publishing it as a
 * new version, and the comments and proposals on it. Viewers read the draft and the versions; professionals
 * also read and add comments; only coordinators change the draft, publish and mark comments.
 */
@Controller
class VisionStaffController {

    static final String VIEW = "vision/staff/vision";
    static final String SUBJECT_KIND = "vision";
    static final int PAGE = 25;
    private static final String CONFIRMATION_KEY = "language.confirm.required";
    private static final List<String> FIELD_ORDER = List.of("visionText", "changeNote", "who", "kind", "passage",
            "commentText", "firstName", "organisation", "status", TextReview.CONFIRMATION_FIELD);

    private final StaffAccess staffAccess;
    private final StaffAccounts staffAccounts;
    private final Collaborations collaborations;
    private final VisionService visions;
    private final TextReview textReview;
    private final PublishedTexts publishedTexts;
    private final MessageSource messages;
    private final AuditTrail audit;

    VisionStaffController(StaffAccess staffAccess, StaffAccounts staffAccounts, Collaborations collaborations,
                          VisionService visions, TextReview textReview, PublishedTexts publishedTexts,
                          MessageSource messages, AuditTrail audit) {
        this.staffAccess = staffAccess;
        this.staffAccounts = staffAccounts;
        this.collaborations = collaborations;
        this.visions = visions;
        this.textReview = textReview;
        this.publishedTexts = publishedTexts;
        this.messages = messages;
        this.audit = audit;
    }

    /** The forms of the page, as typed; one of them was posted. */
    record Forms(String visionText, String changeNote, StaffCommentForm comment) {}

    /** The staff comment form, with field names that differ from the draft's. */
    record StaffCommentForm(String who, String kind, String passage, String commentText, String firstName,
                            String organisation) {

        static StaffCommentForm empty() {
            return new StaffCommentForm(CommentForm.STAFF, CommentKind.COMMENT.name(), "", "", "", "");
        }

        CommentForm toForm() {
            boolean meeting = CommentForm.MEETING.equals(who);
            String name = firstName == null ? "" : firstName.strip();
            return new CommentForm(kind, passage, commentText, name.isEmpty() ? CommentForm.ANONYMOUS : CommentForm.FIRST_NAME,
                    name, organisation, meeting ? CommentForm.MEETING : CommentForm.STAFF);
        }

        boolean validWho() {
            return CommentForm.MEETING.equals(who) || CommentForm.STAFF.equals(who);
        }
    }

    @GetMapping("/beheer/{slug}/visie")
    String showVision(Authentication authentication, @PathVariable String slug,
                      @RequestParam(required = false) String voor, Model model, Locale locale) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.VIEWER);
        return page(model, access, null, PageKeys.before(voor), Map.of(), locale);
    }

    @PostMapping("/beheer/{slug}/visie/concept")
    Object processDraft(Authentication authentication, @PathVariable String slug,
                        @RequestParam(defaultValue = "") String visionText, Model model, Locale locale,
                        HttpServletRequest request, HttpServletResponse response) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.COORDINATOR);
        Review review = textReview.review(request, TextReview.DUTCH, Collections.singletonMap("visionText", visionText));
        model.addAttribute("draftReview", review);
        Forms forms = new Forms(visionText, "", StaffCommentForm.empty());
        if (review.checkRequested()) {
            return page(model, access, forms, null, Map.of(), locale);
        }
        Map<String, String> errors = Map.of();
        if (review.blocksSave()) {
            errors = Map.of(TextReview.CONFIRMATION_FIELD, CONFIRMATION_KEY);
        } else {
            try {
                visions.saveDraft(access, visionText);
                return Redirects.seeOther("/beheer/" + access.slug() + "/visie?opgeslagen#concept");
            } catch (InvalidVisionException e) {
                errors = Map.of(field(e), e.messageKey());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(model, access, forms, null, errors, locale);
    }

    @PostMapping("/beheer/{slug}/visie/publiceren")
    Object processPublish(Authentication authentication, @PathVariable String slug,
                          @RequestParam(defaultValue = "") String changeNote, Model model, Locale locale,
                          HttpServletRequest request, HttpServletResponse response) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.COORDINATOR);
        UUID c = access.collaborationId();
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("visionText", visions.draftText(c));
        texts.put("changeNote", changeNote);
        Review review = textReview.review(request, TextReview.DUTCH, texts);
        model.addAttribute("publishReview", review);
        Forms forms = new Forms(null, changeNote, StaffCommentForm.empty());
        if (review.checkRequested()) {
            return page(model, access, forms, null, Map.of(), locale);
        }
        Map<String, String> errors;
        try {
            if (review.blocksSave()) {
                errors = Map.of(TextReview.CONFIRMATION_FIELD, CONFIRMATION_KEY);
            } else {
                int number = visions.publish(access, changeNote);
                publishedTexts.record(c, SUBJECT_KIND, versionSubject(c, number), List.of("visionText", "changeNote"),
                        review, access.actor());
                return Redirects.seeOther("/beheer/" + access.slug() + "/visie?gepubliceerd=" + number);
            }
        } catch (InvalidVisionException e) {
            errors = Map.of(e.field().equals("text") ? "visionText" : e.field(), e.messageKey());
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(model, access, forms, null, errors, locale);
    }

    @PostMapping("/beheer/{slug}/visie/reacties")
    Object processComment(Authentication authentication, @PathVariable String slug,
                          @ModelAttribute StaffCommentForm comment, Model model, Locale locale,
                          HttpServletResponse response) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        Forms forms = new Forms(null, "", comment);
        Map<String, String> errors;
        if (!comment.validWho()) {
            errors = Map.of("who", "vision.error.who");
        } else {
            try {
                CommentForm form = comment.toForm();
                if (form.fromMeeting()) {
                    visions.commentFromMeeting(access, form);
                } else {
                    visions.commentAsStaff(access, staffName(access), form);
                }
                return Redirects.seeOther("/beheer/" + access.slug() + "/visie?reactie#reacties");
            } catch (InvalidVisionException e) {
                errors = Map.of(field(e), e.messageKey());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(model, access, forms, null, errors, locale);
    }

    @PostMapping("/beheer/{slug}/visie/reacties/status")
    Object processStatus(Authentication authentication, @PathVariable String slug,
                         @RequestParam(defaultValue = "") String commentId, @RequestParam(defaultValue = "") String status,
                         Model model, Locale locale, HttpServletResponse response) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.COORDINATOR);
        UUID id = Ids.parseUuid(commentId).orElseThrow(nl.samenspraak.platform.NotFoundException::new);
        CommentStatus chosen = null;
        for (CommentStatus s : CommentStatus.values()) {
            if (s.name().equals(status)) {
                chosen = s;
            }
        }
        if (chosen == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, access, null, null, Map.of("status", "vision.error.status"), locale);
        }
        visions.mark(access, id, chosen);
        return Redirects.seeOther("/beheer/" + access.slug() + "/visie?gemarkeerd#reactie-" + id);
    }

    /** The published version as one subject for {@link PublishedTexts}: stable per collaboration and number. */
    static UUID versionSubject(UUID collaborationId, int number) {
        return UUID.nameUUIDFromBytes((collaborationId + "/vision/" + number).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String field(InvalidVisionException e) {
        return switch (e.field()) {
            case "text" -> "commentText";
            default -> e.field();
        };
    }

    private String staffName(CollaborationAccess access) {
        return staffAccounts.staffOf(access.collaborationId()).stream().filter(m -> m.id().equals(access.staffId()))
                .map(StaffAccounts.StaffMember::displayName).findFirst().orElse(access.actor());
    }

    private String page(Model model, CollaborationAccess access, Forms forms, Long before, Map<String, String> errorKeys,
                        Locale locale) {
        UUID c = access.collaborationId();
        String draftText = visions.draftText(c);
        Forms shown = forms == null ? new Forms(draftText, "", StaffCommentForm.empty())
                : new Forms(forms.visionText() == null ? draftText : forms.visionText(), forms.changeNote(), forms.comment());
        model.addAttribute("access", access);
        model.addAttribute("forms", shown);
        model.addAttribute("draftText", draftText);
        model.addAttribute("draft", visions.draft(c).orElse(null));
        List<PublishedVersion> published = visions.published(c);
        model.addAttribute("current", published.isEmpty() ? null : published.getFirst());
        model.addAttribute("versionCount", published.size());
        model.addAttribute("reviewDue", visions.reviewDue(c));
        model.addAttribute("canEdit", access.can(Role.COORDINATOR));
        model.addAttribute("canComment", access.can(Role.PROFESSIONAL));
        model.addAttribute("commentCount", visions.commentCount(c));
        if (access.can(Role.PROFESSIONAL)) {
            // What residents said is personal data: professionals and coordinators read it, and that is audited.
            List<Comment> comments = visions.commentsOnDraft(c, before, PAGE + 1);
            boolean more = comments.size() > PAGE;
            List<Comment> page = more ? comments.subList(0, PAGE) : comments;
            if (page.stream().anyMatch(Comment::byResident)) {
                audit.record(c, access.actor(), "vision.comments.view", "vision_comment", c, page.size() + " shown");
            }
            model.addAttribute("comments", page);
            model.addAttribute("nextKey", more ? String.valueOf(page.getLast().seq()) : null);
        } else {
            model.addAttribute("comments", List.of());
            model.addAttribute("nextKey", null);
        }
        model.addAttribute("paged", before != null);
        model.addAttribute("kinds", CommentKind.values());
        model.addAttribute("statuses", CommentStatus.values());
        model.addAttribute("whoChoices", List.of(CommentForm.STAFF, CommentForm.MEETING));
        model.addAttribute("organisations", collaborations.organisations(c).stream().map(MemberOrganisation::name).toList());
        model.addAttribute("limits", Map.of("text", VisionService.TEXT, "changeNote", VisionService.CHANGE_NOTE,
                "comment", VisionService.COMMENT, "passage", VisionService.PASSAGE, "firstName", VisionService.FIRST_NAME));
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String field : FIELD_ORDER) {
            if (errorKeys.containsKey(field)) {
                ordered.put(field, errorKeys.get(field));
            }
        }
        model.addAttribute("errors", FormErrors.resolve(messages, ordered, locale));
        return VIEW;
    }
}
