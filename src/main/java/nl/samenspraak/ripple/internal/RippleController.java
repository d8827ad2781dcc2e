package nl.samenspraak.ripple.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccess;
import nl.samenspraak.collaboration.CollaborationId;
import nl.samenspraak.feedback.DecisionBook;
import nl.samenspraak.meeting.MeetingList;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.platform.Csv;
import nl.samenspraak.platform.FormErrors;
import nl.samenspraak.platform.Ids;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.platform.Redirects;
import nl.samenspraak.process.Processes;
import nl.samenspraak.ripple.ActivityKind;
import nl.samenspraak.ripple.Capital;
import nl.samenspraak.ripple.Ring;
import nl.samenspraak.ripple.RippleMap;
import nl.samenspraak.ripple.TellerKind;
import nl.samenspraak.ripple.Valence;
import nl.samenspraak.ripple.internal.RippleRecords.ActivityRef;
import nl.samenspraak.ripple.internal.RippleRecords.Session;
import nl.samenspraak.ripple.internal.RippleRecords.StoredEffect;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
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
 * Ripple Effects Mapping for staff: the collaboration's map (drawing, list, table, timeline), its sessions, and
 * the session page where a facilitator adds effects live. Viewers read; professionals and coordinators run
 * sessions. Pages that show names of participants or tellers are audited.
 */
@Controller
class RippleController {

    static final String MAP_VIEW = "ripple/map";
    static final String SESSION_VIEW = "ripple/session";
    static final String EFFECT_VIEW = "ripple/effect";
    static final int MEETINGS_TO_CHOOSE = 100;

    private final StaffAccess staffAccess;
    private final RippleBook book;
    private final RippleReads reads;
    private final RippleDrawing drawing;
    private final Processes processes;
    private final MeetingList meetings;
    private final DecisionBook decisions;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final java.time.Clock clock;

    RippleController(StaffAccess staffAccess, RippleBook book, RippleReads reads, RippleDrawing drawing,
                     Processes processes, MeetingList meetings, DecisionBook decisions, MessageSource messages,
                     AuditTrail audit, java.time.Clock clock) {
        this.staffAccess = staffAccess;
        this.book = book;
        this.reads = reads;
        this.drawing = drawing;
        this.processes = processes;
        this.meetings = meetings;
        this.decisions = decisions;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @GetMapping("/beheer/{slug}/effecten")
    String showMap(Authentication authentication, @PathVariable String slug, Model model, Locale locale) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.VIEWER);
        return mapPage(model, access, SessionForm.empty(today()), Map.of(), locale);
    }

    @PostMapping("/beheer/{slug}/effecten")
    Object processSession(Authentication authentication, @PathVariable String slug,
                          @ModelAttribute("form") SessionForm form, Model model, Locale locale,
                          HttpServletResponse response) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        Map<String, String> errors = form.check();
        if (errors.isEmpty()) {
            try {
                UUID id = book.startSession(access.collaborationId(), form.toDraft(), access.actor());
                return Redirects.seeOther("/beheer/" + access.slug() + "/effecten/sessies/" + id);
            } catch (InvalidRippleException e) {
                errors = Map.of(e.field(), e.messageKey());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return mapPage(model, access, form, errors, locale);
    }

    private String mapPage(Model model, CollaborationAccess access, SessionForm form, Map<String, String> errors,
                           Locale locale) {
        RippleMap map = reads.map(CollaborationId.of(access.collaborationId()));
        model.addAttribute("access", access);
        model.addAttribute("map", map);
        model.addAttribute("view", new RippleView(map));
        model.addAttribute("svg", drawing.svg(map, locale));
        model.addAttribute("sessions", book.sessions(access.collaborationId()));
        model.addAttribute("canRun", access.can(Role.PROFESSIONAL));
        if (access.can(Role.PROFESSIONAL)) {
            model.addAttribute("choices", choices(access.collaborationId()));
        }
        model.addAttribute("form", form);
        model.addAttribute("errors", FormErrors.resolve(messages, ordered(errors, SessionForm.FIELDS), locale));
        return MAP_VIEW;
    }

    /** What a session can look back on, by kind: processes, meetings held, decisions. */
    private Map<ActivityKind, List<ActivityRef>> choices(UUID c) {
        Map<ActivityKind, List<ActivityRef>> choices = new LinkedHashMap<>();
        choices.put(ActivityKind.PROCESS, processes.ofCollaboration(c).stream()
                .map(p -> new ActivityRef(ActivityKind.PROCESS, p.id(), p.title())).toList());
        choices.put(ActivityKind.MEETING, meetings.heldBefore(c, Instant.now(clock), MEETINGS_TO_CHOOSE).stream()
                .map(m -> new ActivityRef(ActivityKind.MEETING, m.id().value(), m.title())).toList());
        choices.put(ActivityKind.DECISION, decisions.ofCollaboration(c).stream()
                .map(d -> new ActivityRef(ActivityKind.DECISION, d.id().value(), d.title())).toList());
        return choices;
    }

    @GetMapping("/beheer/{slug}/effecten/sessies/{remSessionId}")
    String showSession(Authentication authentication, @PathVariable String slug, @PathVariable String remSessionId,
                       @RequestParam(name = "toegevoegd", required = false) String added, Model model, Locale locale) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.VIEWER);
        Session session = session(access, remSessionId);
        if (added != null) {
            Ids.parseUuid(added).flatMap(id -> book.effect(access.collaborationId(), id))
                    .ifPresent(e -> model.addAttribute("added", e));
        }
        return sessionPage(model, access, session, null, Map.of(), locale);
    }

    @PostMapping("/beheer/{slug}/effecten/sessies/{remSessionId}")
    Object processEffect(Authentication authentication, @PathVariable String slug, @PathVariable String remSessionId,
                         @ModelAttribute("form") EffectForm form, Model model, Locale locale,
                         HttpServletResponse response) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        Session session = session(access, remSessionId);
        Map<String, String> errors = form.check();
        if (errors.isEmpty()) {
            try {
                UUID id = book.addEffect(access.collaborationId(), session.id(), form.toDraft(), access.actor());
                return Redirects.seeOther("/beheer/" + access.slug() + "/effecten/sessies/" + session.id()
                        + "?toegevoegd=" + id);
            } catch (InvalidRippleException e) {
                errors = Map.of(e.field(), e.messageKey());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return sessionPage(model, access, session, form, errors, locale);
    }

    /** Removes a session without effects; one with effects gets its page back with the reason. */
    @PostMapping("/beheer/{slug}/effecten/sessies/{remSessionId}/verwijderen")
    Object processSessionRemoval(Authentication authentication, @PathVariable String slug,
                                 @PathVariable String remSessionId, Model model, Locale locale,
                                 HttpServletResponse response) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        Session session = session(access, remSessionId);
        try {
            book.removeSession(access.collaborationId(), session.id(), access.actor());
            return Redirects.seeOther("/beheer/" + access.slug() + "/effecten?sessieVerwijderd");
        } catch (InvalidRippleException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return sessionPage(model, access, session, null, Map.of(e.field(), e.messageKey()), locale);
        }
    }

    private Session session(CollaborationAccess access, String id) {
        return Ids.parseUuid(id).flatMap(s -> book.session(access.collaborationId(), s))
                .orElseThrow(NotFoundException::new);
    }

    private String sessionPage(Model model, CollaborationAccess access, Session session, EffectForm form,
                               Map<String, String> errors, Locale locale) {
        // Names of participants and tellers show here: every view is audited.
        audit.record(access.collaborationId(), access.actor(), "ripple.session.view", "ripple_session", session.id(),
                "viewed");
        List<StoredEffect> effects = book.effectsOfSession(access.collaborationId(), session.id());
        model.addAttribute("access", access);
        model.addAttribute("rem", session);
        model.addAttribute("effects", effects);
        model.addAttribute("canRun", access.can(Role.PROFESSIONAL));
        model.addAttribute("sources", sources(access, session));
        model.addAttribute("form", form != null ? form : EffectForm.empty(session.heldOn(),
                session.activities().isEmpty() ? "" : "A:" + session.activities().getFirst().id()));
        addChoices(model);
        model.addAttribute("errors", FormErrors.resolve(messages, ordered(errors, EffectForm.FIELDS), locale));
        return SESSION_VIEW;
    }

    private static void addChoices(Model model) {
        model.addAttribute("valences", Valence.values());
        model.addAttribute("rings", Ring.values());
        model.addAttribute("capitals", Capital.values());
        model.addAttribute("tellerKinds", TellerKind.values());
        model.addAttribute("limits", Map.of("short", RippleBook.SHORT, "name", RippleBook.NAME,
                "organisation", RippleBook.ORGANISATION, "story", RippleBook.STORY));
    }

    /** What an effect can grow from: the session's activities, then every effect on the map, with its number. */
    private List<Map.Entry<String, String>> sources(CollaborationAccess access, Session session) {
        List<Map.Entry<String, String>> sources = new ArrayList<>();
        for (ActivityRef a : session.activities()) {
            sources.add(Map.entry("A:" + a.id(), a.title()));
        }
        RippleView view = new RippleView(reads.map(CollaborationId.of(access.collaborationId())));
        for (RippleView.Numbered n : view.effects) {
            sources.add(Map.entry("E:" + n.effect().id(), n.number() + ". " + n.effect().whatChanged()));
        }
        return sources;
    }

    @GetMapping("/beheer/{slug}/effecten/{effectId}/wijzigen")
    String showEffect(Authentication authentication, @PathVariable String slug, @PathVariable String effectId,
                      Model model, Locale locale) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        StoredEffect effect = effect(access, effectId);
        return effectPage(model, access, effect, EffectForm.of(effect), Map.of(), locale);
    }

    @PostMapping("/beheer/{slug}/effecten/{effectId}/wijzigen")
    Object processEffectChange(Authentication authentication, @PathVariable String slug, @PathVariable String effectId,
                               @ModelAttribute("form") EffectForm form, Model model, Locale locale,
                               HttpServletResponse response) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        StoredEffect effect = effect(access, effectId);
        Map<String, String> errors = form.check();
        if (errors.isEmpty()) {
            try {
                book.updateEffect(access.collaborationId(), effect.id(), form.toDraft(), access.actor());
                return Redirects.seeOther("/beheer/" + access.slug() + "/effecten/sessies/" + effect.sessionId()
                        + "?gewijzigd");
            } catch (InvalidRippleException e) {
                errors = Map.of(e.field(), e.messageKey());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return effectPage(model, access, effect, form, errors, locale);
    }

    @PostMapping("/beheer/{slug}/effecten/{effectId}/verwijderen")
    Object processRemoval(Authentication authentication, @PathVariable String slug, @PathVariable String effectId) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        StoredEffect effect = effect(access, effectId);
        book.removeEffect(access.collaborationId(), effect.id(), access.actor());
        return Redirects.seeOther("/beheer/" + access.slug() + "/effecten/sessies/" + effect.sessionId() + "?verwijderd");
    }

    private StoredEffect effect(CollaborationAccess access, String id) {
        return Ids.parseUuid(id).flatMap(e -> book.effect(access.collaborationId(), e))
                .orElseThrow(NotFoundException::new);
    }

    private String effectPage(Model model, CollaborationAccess access, StoredEffect effect, EffectForm form,
                              Map<String, String> errors, Locale locale) {
        Session session = book.session(access.collaborationId(), effect.sessionId()).orElseThrow(NotFoundException::new);
        audit.record(access.collaborationId(), access.actor(), "ripple.effect.view", "ripple_effect", effect.id(),
                "viewed");
        model.addAttribute("access", access);
        model.addAttribute("rem", session);
        model.addAttribute("effect", effect);
        model.addAttribute("sources", sources(access, session).stream()
                .filter(s -> !s.getKey().equals("E:" + effect.id())).toList());
        model.addAttribute("form", form);
        addChoices(model);
        model.addAttribute("errors", FormErrors.resolve(messages, ordered(errors, EffectForm.FIELDS), locale));
        return EFFECT_VIEW;
    }

    @GetMapping("/beheer/{slug}/effecten/export.csv")
    ResponseEntity<byte[]> downloadCsv(Authentication authentication, @PathVariable String slug, Locale locale) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.VIEWER);
        RippleMap map = reads.map(CollaborationId.of(access.collaborationId()));
        audit.record(access.collaborationId(), access.actor(), "ripple.export", "collaboration", access.collaborationId(),
                "csv");
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("effecten-" + access.slug() + ".csv").build().toString())
                .cacheControl(CacheControl.noStore())
                .body(csv(map, locale));
    }

    /** One row per effect; tellers only as resident or professional, never by name. */
    byte[] csv(RippleMap map, Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            Csv csv = Csv.withBom(writer);
            List<String> header = new ArrayList<>();
            for (String column : List.of("number", "happenedOn", "sessionDate", "whatChanged", "forWhom", "valence",
                    "intended", "ring", "capital", "grewFrom", "grewFromActivity", "teller", "story")) {
                header.add(messages.getMessage("ripple.staff.csv." + column, null, locale));
            }
            csv.row(header);
            Map<UUID, RippleMap.Activity> activities = new LinkedHashMap<>();
            map.activities().forEach(a -> activities.put(a.id(), a));
            Map<UUID, RippleMap.Link> links = new LinkedHashMap<>();
            map.links().forEach(l -> links.put(l.to(), l));
            for (RippleView.Numbered n : new RippleView(map).effects) {
                RippleMap.Effect e = n.effect();
                RippleMap.Link link = links.get(e.id());
                RippleMap.Activity from = link != null && link.fromActivity() ? activities.get(link.from()) : null;
                csv.row(List.of(Integer.toString(n.number()), e.happenedOn().toString(), e.told().toString(),
                        e.whatChanged(), e.forWhom(), e.valence().name(), Boolean.toString(e.intended()),
                        e.ring().name(), e.capital().name(), n.grewFrom(),
                        from == null ? "" : from.kind().name() + ": " + from.title(),
                        messages.getMessage("ripple.staff.csv.teller." + e.teller(), null, locale), e.story()));
            }
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        return bytes.toByteArray();
    }

    private static Map<String, String> ordered(Map<String, String> errors, List<String> fields) {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String field : fields) {
            if (errors.containsKey(field)) {
                ordered.put(field, errors.get(field));
            }
        }
        errors.forEach(ordered::putIfAbsent);
        return ordered;
    }
}
