package nl.samenspraak.anchoring.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccess;
import nl.samenspraak.anchoring.Anchoring;
import nl.samenspraak.anchoring.Strategy;
import nl.samenspraak.collaboration.CollaborationId;
import nl.samenspraak.platform.Dates;
import nl.samenspraak.platform.FormErrors;
import nl.samenspraak.platform.Ids;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.platform.Redirects;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The anchoring monitor for staff: every member (viewer and up) reads the six strategies and opens the
 * documents; professionals and coordinators add evidence and end it.
 */
@Controller
class AnchoringController {

    static final String VIEW = "anchoring/staff/overview";
    static final String FORM_VIEW = "anchoring/staff/evidence-form";
    static final String END_VIEW = "anchoring/staff/end-form";
    static final String CHOOSE_VIEW = "anchoring/staff/choose";
    static final Role READ = Role.VIEWER;
    static final Role CHANGE = Role.PROFESSIONAL;
    private static final List<String> FIELDS = List.of("description", "policyItem", "legalForm", "funder", "amount",
            "fundingKind", "participants", "startsOn", "endsOn", "link", "document");

    private final StaffAccess staffAccess;
    private final Anchoring anchoring;
    private final DefaultAnchoring anchoringTexts;
    private final Evidences evidences;
    private final EvidenceBook book;
    private final MessageSource messages;
    private final Clock clock;

    AnchoringController(StaffAccess staffAccess, DefaultAnchoring anchoring, Evidences evidences, EvidenceBook book,
                        MessageSource messages, Clock clock) {
        this.staffAccess = staffAccess;
        this.anchoring = anchoring;
        this.anchoringTexts = anchoring;
        this.evidences = evidences;
        this.book = book;
        this.messages = messages;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Dates.ZONE));
    }

    private static String home(CollaborationAccess access) {
        return "/beheer/" + access.slug() + "/verankering";
    }

    @GetMapping("/beheer/{slug}/verankering")
    String showOverview(Authentication authentication, @PathVariable String slug, Model model, Locale locale) {
        CollaborationAccess access = staffAccess.require(authentication, slug, READ);
        LocalDate today = today();
        model.addAttribute("access", access);
        model.addAttribute("today", today);
        model.addAttribute("overview", anchoring.overview(CollaborationId.of(access.collaborationId()), today, locale));
        Map<Strategy, List<EvidenceRow>> byStrategy = new LinkedHashMap<>();
        Arrays.stream(Strategy.values()).forEach(s -> byStrategy.put(s, new java.util.ArrayList<>()));
        evidences.ofCollaboration(access.collaborationId()).forEach(e -> byStrategy.get(e.kind().strategy())
                .add(new EvidenceRow(e, anchoringTexts.text(what(e), locale), EvidenceForm.hasEnd(e.kind()))));
        model.addAttribute("evidence", byStrategy);
        model.addAttribute("kinds", kindsByStrategy());
        model.addAttribute("canChange", access.can(CHANGE));
        return VIEW;
    }

    /** Without {@code soort}: the kinds of evidence to choose from; with it, that kind's form. */
    @GetMapping("/beheer/{slug}/verankering/nieuw")
    String initEvidenceForm(Authentication authentication, @PathVariable String slug,
                            @RequestParam(name = "soort", required = false) String kind, Model model, Locale locale) {
        CollaborationAccess access = staffAccess.require(authentication, slug, CHANGE);
        if (kind == null) {
            model.addAttribute("access", access);
            model.addAttribute("kinds", kindsByStrategy());
            return CHOOSE_VIEW;
        }
        EvidenceKind k = EvidenceKind.parse(kind).orElseThrow(NotFoundException::new);
        return form(model, access, k, EvidenceForm.empty(today()), Map.of(), locale);
    }

    @PostMapping("/beheer/{slug}/verankering/nieuw")
    Object processEvidenceForm(Authentication authentication, @PathVariable String slug,
                               @RequestParam(name = "soort", required = false) String kind,
                               @ModelAttribute("form") EvidenceForm form, Model model, Locale locale,
                               HttpServletResponse response) {
        CollaborationAccess access = staffAccess.require(authentication, slug, CHANGE);
        EvidenceKind k = EvidenceKind.parse(kind).orElseThrow(NotFoundException::new);
        Map<String, String> errors = form.check(k);
        if (errors.isEmpty()) {
            book.add(access.collaborationId(), form.toNew(k), access.actor());
            return Redirects.seeOther(home(access) + "?toegevoegd#" + k.strategy().name().toLowerCase(Locale.ROOT));
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        // A file is never sent back to the browser: the person chooses it again.
        return form(model, access, k, form, errors, locale);
    }

    @GetMapping("/beheer/{slug}/verankering/{evidenceId}/beeindigen")
    String showEndForm(Authentication authentication, @PathVariable String slug, @PathVariable String evidenceId,
                       Model model, Locale locale) {
        CollaborationAccess access = staffAccess.require(authentication, slug, CHANGE);
        Evidence evidence = find(access, evidenceId);
        return endForm(model, access, evidence, today().toString(), Map.of(), locale);
    }

    @PostMapping("/beheer/{slug}/verankering/{evidenceId}/beeindigen")
    Object processEndForm(Authentication authentication, @PathVariable String slug, @PathVariable String evidenceId,
                          @RequestParam(name = "endsOn", required = false) String endsOn, Model model, Locale locale,
                          HttpServletResponse response) {
        CollaborationAccess access = staffAccess.require(authentication, slug, CHANGE);
        Evidence evidence = find(access, evidenceId);
        LocalDate end = EvidenceForm.date(endsOn);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!EvidenceForm.hasEnd(evidence.kind())) {
            throw new NotFoundException();
        }
        if (end == null) {
            errors.put("endsOn", "anchoring.staff.error.endsOn");
        } else if (end.isBefore(evidence.startsOn())) {
            errors.put("endsOn", "anchoring.staff.error.endsBeforeStart");
        } else if (book.end(access.collaborationId(), evidence.id(), end, access.actor())) {
            return Redirects.seeOther(home(access) + "?beeindigd#" + evidence.kind().strategy().name().toLowerCase(Locale.ROOT));
        } else {
            throw new NotFoundException();
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return endForm(model, access, evidence, endsOn, errors, locale);
    }

    @GetMapping("/beheer/{slug}/verankering/documenten/{documentId}")
    ResponseEntity<byte[]> showDocument(Authentication authentication, @PathVariable String slug,
                                        @PathVariable String documentId) {
        CollaborationAccess access = staffAccess.require(authentication, slug, READ);
        UUID id = Ids.parseUuid(documentId).orElseThrow(NotFoundException::new);
        Evidences.Document document = evidences.document(access.collaborationId(), id).orElseThrow(NotFoundException::new);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(document.content());
    }

    /** One row of an evidence table: the evidence, what it is in words, and whether it can be given an end. */
    record EvidenceRow(Evidence evidence, String what, boolean canEnd) {}

    private static Line what(Evidence e) {
        return switch (e.kind()) {
            case POLICY_ITEM -> Line.of("anchoring.staff.what.named",
                    new Line.Key("anchoring.policyItem." + e.policyItem().name()), e.description());
            case LEGAL_FORM -> Line.of("anchoring.staff.what.named",
                    new Line.Key("anchoring.legalForm." + e.legalForm().name()), e.description());
            case FUNDING -> Line.of("anchoring.staff.what.funding", e.description(), e.funder(),
                    new Line.Euros(e.amountCents()), new Line.Key("anchoring.fundingKind." + e.fundingKind().name()));
            case TRAINING -> Line.of("anchoring.staff.what.training", e.description(),
                    e.participants() == null ? 0 : e.participants());
            default -> Line.of("anchoring.line.text", e.description());
        };
    }

    private Evidence find(CollaborationAccess access, String evidenceId) {
        UUID id = Ids.parseUuid(evidenceId).orElseThrow(NotFoundException::new);
        return evidences.find(access.collaborationId(), id).orElseThrow(NotFoundException::new);
    }

    private String form(Model model, CollaborationAccess access, EvidenceKind kind, EvidenceForm form,
                        Map<String, String> errorKeys, Locale locale) {
        model.addAttribute("access", access);
        model.addAttribute("kind", kind);
        model.addAttribute("hasEnd", EvidenceForm.hasEnd(kind));
        model.addAttribute("form", form);
        model.addAttribute("policyItems", PolicyItem.values());
        model.addAttribute("legalForms", LegalForm.values());
        model.addAttribute("fundingKinds", FundingKind.values());
        Map<String, String> ordered = new LinkedHashMap<>();
        FIELDS.stream().filter(errorKeys::containsKey).forEach(f -> ordered.put(f, errorKeys.get(f)));
        model.addAttribute("errors", FormErrors.resolve(messages, ordered, locale));
        return FORM_VIEW;
    }

    private String endForm(Model model, CollaborationAccess access, Evidence evidence, String endsOn,
                           Map<String, String> errorKeys, Locale locale) {
        model.addAttribute("access", access);
        model.addAttribute("evidence", evidence);
        model.addAttribute("endsOn", endsOn);
        model.addAttribute("errors", FormErrors.resolve(messages, errorKeys, locale));
        return END_VIEW;
    }

    private static Map<Strategy, List<EvidenceKind>> kindsByStrategy() {
        Map<Strategy, List<EvidenceKind>> kinds = new LinkedHashMap<>();
        for (Strategy s : Strategy.values()) {
            kinds.put(s, Arrays.stream(EvidenceKind.values()).filter(k -> k.strategy() == s).toList());
        }
        return kinds;
    }
}
