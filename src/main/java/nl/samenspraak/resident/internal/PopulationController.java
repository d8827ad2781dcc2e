package nl.samenspraak.resident.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccess;
import nl.samenspraak.platform.FormErrors;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.resident.InvalidResidentException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff type in or import how many people live in their area per group, so participants can be
 * compared with them. A typed form or a CSV file: either all numbers are right and stored, or
 * nothing changes and every problem is named.
 */
@Controller
class PopulationController {

    static final String LIST_VIEW = "resident/staff/population";
    static final String AREA_VIEW = "resident/staff/population-area";
    private static final Pattern NUMBER = Pattern.compile("^[0-9]{1,12}$");
    static final List<Dimension> TYPED = java.util.Arrays.stream(Dimension.values()).filter(d -> !d.open()).toList();

    private final StaffAccess staffAccess;
    private final Populations populations;
    private final MessageSource messages;
    private final FormErrors formErrors;

    PopulationController(StaffAccess staffAccess, Populations populations, MessageSource messages,
                         FormErrors formErrors) {
        this.staffAccess = staffAccess;
        this.populations = populations;
        this.messages = messages;
        this.formErrors = formErrors;
    }

    @GetMapping("/beheer/{slug}/wie-doet-mee/bevolking")
    String showAreas(Authentication authentication, @PathVariable String slug, Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.VIEWER);
        return areas(model, access, "", Map.of());
    }

    @PostMapping("/beheer/{slug}/wie-doet-mee/bevolking")
    String createArea(Authentication authentication, @PathVariable String slug, @RequestParam(required = false) String name,
                      Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.COORDINATOR);
        try {
            UUID id = populations.createArea(access.collaborationId(), name, access.staffId(), access.actor());
            redirect.addAttribute("slug", access.slug());
            redirect.addAttribute("areaId", id);
            return "redirect:/beheer/{slug}/wie-doet-mee/bevolking/{areaId}";
        } catch (InvalidResidentException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return areas(model, access, name == null ? "" : name, formErrors.of(e, locale));
        }
    }

    @GetMapping("/beheer/{slug}/wie-doet-mee/bevolking/{areaId}")
    String showArea(Authentication authentication, @PathVariable String slug, @PathVariable UUID areaId, Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.VIEWER);
        Populations.Area area = populations.area(access.collaborationId(), areaId).orElseThrow(NotFoundException::new);
        Map<String, String> typed = new LinkedHashMap<>();
        Populations.Counts counts = populations.counts(access.collaborationId(), areaId);
        for (Dimension d : TYPED) {
            for (String g : d.groups()) {
                Long n = counts.of(d).get(g);
                typed.put(key(d, g), n == null ? "" : n.toString());
            }
        }
        return area(model, access, area, typed, Map.of(), List.of());
    }

    @PostMapping("/beheer/{slug}/wie-doet-mee/bevolking/{areaId}")
    String saveTyped(Authentication authentication, @PathVariable String slug, @PathVariable UUID areaId,
                     @RequestParam Map<String, String> params, Model model, Locale locale, HttpServletResponse response,
                     RedirectAttributes redirect) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.COORDINATOR);
        Populations.Area area = populations.area(access.collaborationId(), areaId).orElseThrow(NotFoundException::new);
        Map<String, String> typed = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        Map<Dimension, Map<String, Long>> counts = new EnumMap<>(Dimension.class);
        for (Dimension d : TYPED) {
            for (String g : d.groups()) {
                String value = params.getOrDefault(key(d, g), "").strip().replace(".", "").replace(" ", "");
                typed.put(key(d, g), value.length() > 20 ? value.substring(0, 20) : value);
                if (value.isEmpty()) {
                    continue;
                }
                if (!NUMBER.matcher(value).matches() || Long.parseLong(value) > PopulationCsv.MAX_COUNT) {
                    errors.put(key(d, g), text("resident.population.error.count", locale,
                            text("resident.dim." + d.name(), locale), text(d.groupKey(g), locale)));
                    continue;
                }
                counts.computeIfAbsent(d, x -> new LinkedHashMap<>()).put(g, Long.parseLong(value));
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return area(model, access, area, typed, errors, List.of());
        }
        populations.replace(access.collaborationId(), areaId, TYPED, counts, access.staffId(), access.actor(), "typed");
        redirect.addAttribute("slug", access.slug());
        redirect.addAttribute("areaId", areaId);
        return "redirect:/beheer/{slug}/wie-doet-mee/bevolking/{areaId}?opgeslagen";
    }

    @PostMapping("/beheer/{slug}/wie-doet-mee/bevolking/{areaId}/import")
    String importCsv(Authentication authentication, @PathVariable String slug, @PathVariable UUID areaId,
                     @RequestParam(name = "bestand", required = false) MultipartFile file, Model model, Locale locale,
                     HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.COORDINATOR);
        Populations.Area area = populations.area(access.collaborationId(), areaId).orElseThrow(NotFoundException::new);
        PopulationCsv.Result result = file == null || file.getSize() > PopulationCsv.MAX_BYTES
                ? PopulationCsv.parse(file == null ? null : new byte[PopulationCsv.MAX_BYTES + 1])
                : PopulationCsv.parse(file.getBytes());
        if (!result.ok()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            List<String> problems = new ArrayList<>();
            for (PopulationCsv.Problem p : result.problems()) {
                String message = text(p.key(), locale, p.value());
                problems.add(p.line() == 0 ? message : text("resident.population.csv.line", locale, p.line(), message));
            }
            Map<String, String> errors = new LinkedHashMap<>();
            errors.put("bestand", text("resident.population.csv.rejected", locale));
            Map<String, String> typed = new LinkedHashMap<>();
            showTypedFromStore(access, areaId, typed);
            return area(model, access, area, typed, errors, problems);
        }
        populations.replace(access.collaborationId(), areaId, List.of(Dimension.values()), result.counts(), access.staffId(),
                access.actor(), "import");
        redirect.addAttribute("slug", access.slug());
        redirect.addAttribute("areaId", areaId);
        return "redirect:/beheer/{slug}/wie-doet-mee/bevolking/{areaId}?geimporteerd";
    }

    private void showTypedFromStore(CollaborationAccess access, UUID areaId, Map<String, String> typed) {
        Populations.Counts counts = populations.counts(access.collaborationId(), areaId);
        for (Dimension d : TYPED) {
            for (String g : d.groups()) {
                Long n = counts.of(d).get(g);
                typed.put(key(d, g), n == null ? "" : n.toString());
            }
        }
    }

    static String key(Dimension d, String group) {
        return "n-" + d.name() + "-" + group;
    }

    private String areas(Model model, CollaborationAccess access, String name, Map<String, String> errors) {
        model.addAttribute("access", access);
        model.addAttribute("areas", populations.areas(access.collaborationId()));
        model.addAttribute("name", name);
        model.addAttribute("errors", errors);
        model.addAttribute("canEdit", access.can(Role.COORDINATOR));
        return LIST_VIEW;
    }

    private String area(Model model, CollaborationAccess access, Populations.Area area, Map<String, String> typed,
                        Map<String, String> errors, List<String> problems) {
        model.addAttribute("access", access);
        model.addAttribute("area", area);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("problems", problems);
        model.addAttribute("dimensions", TYPED);
        model.addAttribute("postcodes", populations.counts(access.collaborationId(), area.id()).of(Dimension.POSTCODE));
        model.addAttribute("canEdit", access.can(Role.COORDINATOR));
        return AREA_VIEW;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
