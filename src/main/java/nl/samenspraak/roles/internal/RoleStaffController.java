package nl.samenspraak.roles.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccess;
import nl.samenspraak.account.StaffAccounts;
import nl.samenspraak.account.StaffAccounts.StaffMember;
import nl.samenspraak.language.PublishedTexts;
import nl.samenspraak.language.Review;
import nl.samenspraak.language.TextReview;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.platform.Dates;
import nl.samenspraak.platform.FormErrors;
import nl.samenspraak.platform.Ids;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.platform.Redirects;
import nl.samenspraak.pool.AgreedCommitment;
import nl.samenspraak.pool.PoolCommitments;
import nl.samenspraak.resident.Resident;
import nl.samenspraak.resident.Residents;
import nl.samenspraak.roles.CollaborationRoles;
import nl.samenspraak.roles.HolderKind;
import nl.samenspraak.collaboration.CollaborationId;
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
 * The staff pages of the role catalogue: everyone reads the roles and counts, professionals and coordinators see who
 * holds them (audited), coordinators change texts, add roles, archive them, and add or end holdings.
 */
@Controller
class RoleStaffController {

    static final String LIST_VIEW = "roles/staff/roles";
    static final String ROLE_VIEW = "roles/staff/role";
    static final String FORM_VIEW = "roles/staff/role-form";
    /** How {@link PublishedTexts} names a role's texts. */
    static final String SUBJECT_KIND = "role";
    static final List<String> CHECKED_FIELDS = List.of("expected", "offered");
    private static final String CONFIRMATION_KEY = "language.confirm.required";
    private static final int RESIDENT_CHOICES = 100;

    private final StaffAccess staffAccess;
    private final StaffAccounts staffAccounts;
    private final RoleCatalogue catalogue;
    private final CollaborationRoles roles;
    private final Residents residents;
    private final PoolCommitments commitments;
    private final MessageSource messages;
    private final TextReview textReview;
    private final PublishedTexts publishedTexts;
    private final AuditTrail audit;
    private final Dates dates;

    RoleStaffController(StaffAccess staffAccess, StaffAccounts staffAccounts, RoleCatalogue catalogue,
                        CollaborationRoles roles, Residents residents, PoolCommitments commitments, MessageSource messages,
                        TextReview textReview, PublishedTexts publishedTexts, AuditTrail audit, Dates dates) {
        this.dates = dates;
        this.staffAccess = staffAccess;
        this.staffAccounts = staffAccounts;
        this.catalogue = catalogue;
        this.roles = roles;
        this.residents = residents;
        this.commitments = commitments;
        this.messages = messages;
        this.textReview = textReview;
        this.publishedTexts = publishedTexts;
        this.audit = audit;
    }

    // ---- the catalogue ----

    @GetMapping("/beheer/{slug}/rollen")
    String showRoles(Authentication authentication, @PathVariable String slug, Model model, Locale locale) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.VIEWER);
        List<RoleRow> all = catalogue.roles(access.collaborationId(), true);
        model.addAttribute("access", access);
        model.addAttribute("roles", all.stream().filter(r -> !r.archived()).map(r -> view(r, locale)).toList());
        model.addAttribute("archived", all.stream().filter(RoleRow::archived).map(r -> view(r, locale)).toList());
        model.addAttribute("decisionResidents", roles.residentsInDecisionRoles(
                new CollaborationId(access.collaborationId()), catalogue.today()));
        model.addAttribute("canEdit", access.can(Role.COORDINATOR));
        return LIST_VIEW;
    }

    /** A role with its words in the reader's language. */
    record RoleView(RoleRow row, String name, String expected, String offered) {}

    private RoleView view(RoleRow r, Locale locale) {
        return new RoleView(r, catalogue.name(r, locale), catalogue.expected(r, locale), catalogue.offered(r, locale));
    }

    // ---- one role and its holders ----

    @GetMapping("/beheer/{slug}/rollen/{roleId}")
    String showRole(Authentication authentication, @PathVariable String slug, @PathVariable String roleId,
                    @RequestParam(name = "zoek", required = false) String search, Model model, Locale locale) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.VIEWER);
        RoleRow role = role(access, roleId);
        return rolePage(model, access, role, HolderForm.empty(catalogue.today()), search, Map.of(), locale);
    }

    @PostMapping("/beheer/{slug}/rollen/{roleId}/houders")
    Object processHolder(Authentication authentication, @PathVariable String slug, @PathVariable String roleId,
                         @ModelAttribute("holderForm") HolderForm form, Model model, Locale locale,
                         HttpServletResponse response) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.COORDINATOR);
        RoleRow role = role(access, roleId);
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            catalogue.addHolding(access.collaborationId(), role.id(), newHolding(access, form, errors), access.actor());
            return Redirects.seeOther("/beheer/" + access.slug() + "/rollen/" + role.id() + "?toegevoegd");
        } catch (InvalidRoleException e) {
            if (errors.isEmpty()) {
                errors.put(e.field(), e.messageKey());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return rolePage(model, access, role, form, null, errors, locale);
    }

    /** Turns the form into a holding, checking that the chosen person belongs to this collaboration. */
    private RoleCatalogue.NewHolding newHolding(CollaborationAccess access, HolderForm form, Map<String, String> errors) {
        UUID c = access.collaborationId();
        Optional<HolderForm.Choice> choice = form.choice();
        Optional<LocalDate> from = HolderForm.date(form.from());
        Optional<LocalDate> until = HolderForm.date(form.until());
        if (choice.isEmpty()) {
            errors.put("holder", "roles.error.holder");
        }
        boolean fromCommitment = choice.isPresent() && choice.get().source() == HolderForm.Source.COMMITMENT;
        if (from.isEmpty() && !(fromCommitment && form.fromBlank())) {
            errors.put("from", "roles.error.date");
        }
        if (until.isEmpty() && !form.untilBlank()) {
            errors.put("until", "roles.error.date");
        }
        if (!errors.isEmpty()) {
            throw new InvalidRoleException(errors.keySet().iterator().next(), errors.values().iterator().next());
        }
        UUID id = choice.get().id();
        return switch (choice.get().source()) {
            case COMMITMENT -> {
                AgreedCommitment commitment = commitments.agreed(c).stream().filter(a -> a.id().value().equals(id))
                        .findFirst().orElseThrow(() -> new InvalidRoleException("holder", "roles.error.holder"));
                LocalDate start = from.orElse(commitment.startsOn());
                LocalDate end = until.orElse(commitment.ongoing() ? null : commitment.endsOn());
                yield new RoleCatalogue.NewHolding(HolderKind.RESIDENT, commitment.residentId(), null, id, start, end);
            }
            case RESIDENT -> {
                Resident resident = residents.find(c, id).filter(r -> !r.erased())
                        .orElseThrow(() -> new InvalidRoleException("holder", "roles.error.holder"));
                yield new RoleCatalogue.NewHolding(HolderKind.RESIDENT, resident.id(), null, null, from.get(),
                        until.orElse(null));
            }
            case STAFF -> {
                boolean member = staffAccounts.staffOf(c).stream().anyMatch(s -> s.id().equals(id));
                if (!member) {
                    throw new InvalidRoleException("holder", "roles.error.holder");
                }
                yield new RoleCatalogue.NewHolding(HolderKind.STAFF, null, id, null, from.get(), until.orElse(null));
            }
        };
    }

    @PostMapping("/beheer/{slug}/rollen/{roleId}/houders/{holdingId}/beeindigen")
    Object processEnd(Authentication authentication, @PathVariable String slug, @PathVariable String roleId,
                      @PathVariable String holdingId, @RequestParam(name = "until", required = false) String until,
                      Model model, Locale locale, HttpServletResponse response) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.COORDINATOR);
        RoleRow role = role(access, roleId);
        UUID holding = Ids.parseUuid(holdingId).orElseThrow(NotFoundException::new);
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            LocalDate day = HolderForm.date(until).orElseThrow(() -> new InvalidRoleException("until", "roles.error.date"));
            catalogue.endHolding(access.collaborationId(), role.id(), holding, day, access.actor());
            return Redirects.seeOther("/beheer/" + access.slug() + "/rollen/" + role.id() + "?beeindigd");
        } catch (InvalidRoleException e) {
            // The end forms sit in the holders' table; the message goes to the one that was sent.
            errors.put("end-" + holding, e.messageKey());
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return rolePage(model, access, role, HolderForm.empty(catalogue.today()), null, errors, locale);
    }

    /** A holding as the page shows it; {@code name} is null for viewers. */
    record HolderView(HoldingRow row, String name, boolean ongoing) {}

    /** A choice in the holder form's list. */
    record Option(String value, String label) {}

    private String rolePage(Model model, CollaborationAccess access, RoleRow role, HolderForm form, String search,
                            Map<String, String> errorKeys, Locale locale) {
        UUID c = access.collaborationId();
        boolean names = access.can(Role.PROFESSIONAL);
        LocalDate today = catalogue.today();
        List<HoldingRow> holdings = catalogue.holdingsOf(c, role.id());
        Map<UUID, String> staffNames = staffAccounts.staffOf(c).stream()
                .collect(Collectors.toMap(StaffMember::id, StaffMember::displayName, (a, b) -> a));
        Map<UUID, Resident> holders = names ? residents.find(c, holdings.stream().map(HoldingRow::residentId)
                .filter(java.util.Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(Resident::id, Function.identity())) : Map.of();
        List<HolderView> views = holdings.stream().map(h -> new HolderView(h, !names ? null
                : h.holder() == HolderKind.STAFF ? staffNames.getOrDefault(h.staffId(), messages.getMessage("roles.holder.formerStaff", null, locale))
                : h.residentId() == null ? messages.getMessage("roles.holder.erased", null, locale)
                : holders.containsKey(h.residentId()) ? holders.get(h.residentId()).displayName()
                : messages.getMessage("roles.holder.erased", null, locale), h.ongoing(today))).toList();
        boolean canEdit = access.can(Role.COORDINATOR) && !role.archived();
        List<Option> commitmentOptions = new ArrayList<>();
        List<Option> residentOptions = new ArrayList<>();
        List<Option> staffOptions = new ArrayList<>();
        if (canEdit && role.forResidents()) {
            List<AgreedCommitment> agreed = commitments.agreed(c).stream().filter(AgreedCommitment::ongoing).toList();
            Map<UUID, Resident> committed = residents.find(c, agreed.stream().map(AgreedCommitment::residentId).distinct().toList())
                    .stream().collect(Collectors.toMap(Resident::id, Function.identity()));
            for (AgreedCommitment a : agreed) {
                Resident r = committed.get(a.residentId());
                if (r != null && !r.erased()) {
                    String roleName = a.roleOther() != null ? a.roleOther()
                            : messages.getMessage("roles.commitmentRole." + a.role(), null, a.role(), locale);
                    commitmentOptions.add(new Option("commitment:" + a.id().value(), messages.getMessage(
                            "roles.holder.commitmentOption", new Object[] {r.displayName(), roleName, dates.date(a.startsOn(), locale), dates.date(a.endsOn(), locale)}, locale)));
                }
            }
            for (Residents.ResidentRow row : residents.search(c, search, null, RESIDENT_CHOICES)) {
                residentOptions.add(new Option("resident:" + row.resident().id(), row.resident().displayName()));
            }
        }
        if (canEdit && role.forStaff()) {
            for (StaffMember s : staffAccounts.staffOf(c)) {
                staffOptions.add(new Option("staff:" + s.id(), s.displayName()));
            }
        }
        if (names && (holdings.stream().anyMatch(h -> h.residentId() != null) || !residentOptions.isEmpty()
                || !commitmentOptions.isEmpty())) {
            audit.record(c, access.actor(), "roles.holders.view", "roles_role", role.id(), "names");
        }
        model.addAttribute("access", access);
        model.addAttribute("role", view(role, locale));
        model.addAttribute("holders", views);
        model.addAttribute("showNames", names);
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("commitmentOptions", commitmentOptions);
        model.addAttribute("residentOptions", residentOptions);
        model.addAttribute("staffOptions", staffOptions);
        model.addAttribute("search", search);
        model.addAttribute("holderForm", form);
        model.addAttribute("today", today);
        model.addAttribute("errors", FormErrors.resolve(messages, errorKeys, locale));
        return ROLE_VIEW;
    }

    // ---- adding and editing roles ----

    @GetMapping("/beheer/{slug}/rollen/nieuw")
    String initCreationForm(Authentication authentication, @PathVariable String slug, Model model, Locale locale) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.COORDINATOR);
        return formPage(model, access, null, RoleForm.empty(), null, Map.of(), locale);
    }

    @PostMapping("/beheer/{slug}/rollen/nieuw")
    Object processCreationForm(Authentication authentication, @PathVariable String slug,
                               @ModelAttribute("form") RoleForm form, Model model, Locale locale,
                               HttpServletRequest request, HttpServletResponse response) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.COORDINATOR);
        return save(access, null, form, model, locale, request, response);
    }

    @GetMapping("/beheer/{slug}/rollen/{roleId}/bewerken")
    String initUpdateForm(Authentication authentication, @PathVariable String slug, @PathVariable String roleId,
                          Model model, Locale locale) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.COORDINATOR);
        RoleRow role = role(access, roleId);
        Locale dutch = TextReview.DUTCH;
        RoleForm form = RoleForm.of(role, catalogue.name(role, dutch), catalogue.expected(role, dutch),
                catalogue.offered(role, dutch));
        return formPage(model, access, role, form, null, Map.of(), locale);
    }

    @PostMapping("/beheer/{slug}/rollen/{roleId}/bewerken")
    Object processUpdateForm(Authentication authentication, @PathVariable String slug, @PathVariable String roleId,
                             @ModelAttribute("form") RoleForm form, Model model, Locale locale,
                             HttpServletRequest request, HttpServletResponse response) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.COORDINATOR);
        RoleRow role = role(access, roleId);
        return save(access, role, form, model, locale, request, response);
    }

    private Object save(CollaborationAccess access, RoleRow role, RoleForm form, Model model, Locale locale,
                        HttpServletRequest request, HttpServletResponse response) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("expected", form.expected());
        texts.put("offered", form.offered());
        Review review = textReview.review(request, TextReview.DUTCH, texts);
        if (review.checkRequested()) {
            return formPage(model, access, role, form, review, Map.of(), locale);
        }
        Map<String, String> errors = Map.of();
        try {
            if (review.blocksSave()) {
                // The form's own rules first (a dry run that stores nothing), then the question about plain language.
                catalogue.checkOnly(role, form.toText());
                errors = Map.of(TextReview.CONFIRMATION_FIELD, CONFIRMATION_KEY);
            } else {
                UUID id;
                if (role == null) {
                    id = catalogue.addCustom(access.collaborationId(), form.toText(), access.actor());
                } else {
                    id = role.id();
                    catalogue.edit(access.collaborationId(), id, form.toText(), access.actor());
                }
                publishedTexts.record(access.collaborationId(), SUBJECT_KIND, id, CHECKED_FIELDS, review, access.actor());
                return Redirects.seeOther("/beheer/" + access.slug() + "/rollen/" + id + "?opgeslagen");
            }
        } catch (InvalidRoleException e) {
            errors = Map.of(e.field(), e.messageKey());
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return formPage(model, access, role, form, review, errors, locale);
    }

    @PostMapping("/beheer/{slug}/rollen/{roleId}/archiveren")
    Object processArchive(Authentication authentication, @PathVariable String slug, @PathVariable String roleId,
                          Model model, Locale locale, HttpServletResponse response) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.COORDINATOR);
        RoleRow role = role(access, roleId);
        try {
            catalogue.archive(access.collaborationId(), role.id(), access.actor());
            return Redirects.seeOther("/beheer/" + access.slug() + "/rollen?gearchiveerd");
        } catch (InvalidRoleException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            Locale dutch = TextReview.DUTCH;
            RoleForm form = RoleForm.of(role, catalogue.name(role, dutch), catalogue.expected(role, dutch),
                    catalogue.offered(role, dutch));
            return formPage(model, access, role, form, null, Map.of(e.field(), e.messageKey()), locale);
        }
    }

    private String formPage(Model model, CollaborationAccess access, RoleRow role, RoleForm form, Review review,
                            Map<String, String> errorKeys, Locale locale) {
        model.addAttribute("access", access);
        model.addAttribute("role", role == null ? null : view(role, locale));
        model.addAttribute("form", form);
        model.addAttribute("review", review);
        model.addAttribute("limits", Map.of("name", RoleCatalogue.NAME, "text", RoleCatalogue.TEXT));
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String field : List.of("name", "expected", "offered", "forResidents", TextReview.CONFIRMATION_FIELD, "archive")) {
            if (errorKeys.containsKey(field)) {
                ordered.put(field, errorKeys.get(field));
            }
        }
        model.addAttribute("errors", FormErrors.resolve(messages, ordered, locale));
        return FORM_VIEW;
    }

    private RoleRow role(CollaborationAccess access, String roleId) {
        UUID id = Ids.parseUuid(roleId).orElseThrow(NotFoundException::new);
        return catalogue.find(access.collaborationId(), id).orElseThrow(NotFoundException::new);
    }
}
