package nl.samenspraak.resident.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.platform.ClientNetwork;
import nl.samenspraak.platform.RateLimiter;
import nl.samenspraak.platform.SteadyTiming;
import nl.samenspraak.platform.Text;
import nl.samenspraak.resident.PersonalLink;
import nl.samenspraak.resident.PrivacyLinks;
import nl.samenspraak.resident.ResidentFeatureLinks;
import nl.samenspraak.resident.Residents;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A resident sees everything the platform stores about them, downloads it, changes their
 * consent for the "who is at the table" answers and has everything erased, through a personal
 * link that only reaches their own mailbox.
 */
@Controller
class PrivacyController {

    static final String REQUEST_VIEW = "resident/privacy-request";
    static final String SENT_VIEW = "resident/privacy-sent";
    static final String DATA_VIEW = "resident/privacy-data";
    static final String ERASE_VIEW = "resident/privacy-erase";
    static final String ERASED_VIEW = "resident/privacy-erased";
    static final String TOO_MANY_VIEW = "resident/too-many";
    static final int REQUESTS_PER_WINDOW = 10;
    /** Every request for a link answers after this long, so its timing does not tell whether the address is known. */
    static final Duration STEADY_ANSWER = Duration.ofMillis(400);

    private final Residents residents;
    private final PrivacyRequests requests;
    private final PersonalData personalData;
    private final ExportRenderer renderer;
    private final Demographics demographics;
    private final RateLimiter limiter;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final ObjectProvider<ResidentFeatureLinks> featureLinks;

    PrivacyController(Residents residents, PrivacyRequests requests, PersonalData personalData, ExportRenderer renderer,
                      Demographics demographics, RateLimiter limiter, AuditTrail audit, MessageSource messages,
                      ObjectProvider<ResidentFeatureLinks> featureLinks) {
        this.residents = residents;
        this.requests = requests;
        this.personalData = personalData;
        this.renderer = renderer;
        this.demographics = demographics;
        this.limiter = limiter;
        this.audit = audit;
        this.messages = messages;
        this.featureLinks = featureLinks;
    }

    @GetMapping("/mijn-gegevens")
    String showRequestForm(Model model) {
        model.addAttribute("email", "");
        model.addAttribute("errors", Map.of());
        return REQUEST_VIEW;
    }

    @PostMapping("/mijn-gegevens")
    String processRequestForm(@RequestParam(required = false) String email, Model model, Locale locale,
                              HttpServletRequest request, HttpServletResponse response) {
        String typed = Text.cleanOrNull(email);
        String problem = typed == null ? "resident.privacy.error.emailRequired"
                : !Residents.validEmail(typed) ? "resident.error.email" : null;
        if (problem != null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            Map<String, String> errors = new LinkedHashMap<>();
            errors.put("email", messages.getMessage(problem, null, locale));
            model.addAttribute("email", typed == null ? "" : typed.substring(0, Math.min(typed.length(), 254)));
            model.addAttribute("errors", errors);
            return REQUEST_VIEW;
        }
        if (!limiter.tryAcquire("privacy-request:" + ClientNetwork.key(request), REQUESTS_PER_WINDOW, Duration.ofMinutes(10))) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return TOO_MANY_VIEW;
        }
        SteadyTiming.atLeast(STEADY_ANSWER, () -> requests.request(typed, locale));
        return "redirect:/mijn-gegevens/verstuurd";
    }

    @GetMapping("/mijn-gegevens/verstuurd")
    String showSent() {
        return SENT_VIEW;
    }

    @GetMapping("/mijn-gegevens/gewist")
    String showErased() {
        return ERASED_VIEW;
    }

    @GetMapping("/mijn-gegevens/{token}")
    String showData(@PathVariable String token, Model model, Locale locale, HttpServletResponse response) {
        PersonalLink link = resolve(token, response);
        if (link == null) {
            return DemographicsController.UNKNOWN_LINK_VIEW;
        }
        var export = personalData.export(link.collaborationId(), link.residentId(), PersonalData.Proof.EMAIL_LINK);
        model.addAttribute("token", token);
        model.addAttribute("export", renderer.view(export, locale));
        model.addAttribute("hasDemographics", demographics.find(link.collaborationId(), link.residentId()).isPresent());
        model.addAttribute("featureLinks", featureLinks.orderedStream()
                .filter(f -> f.appliesTo(link.collaborationId(), link.residentId()))
                .map(f -> new FeatureButton(f.name(), f.labelKey())).toList());
        return DATA_VIEW;
    }

    @GetMapping("/mijn-gegevens/{token}/download.{format:json|html}")
    ResponseEntity<byte[]> download(@PathVariable String token, @PathVariable String format, Locale locale,
                                    HttpServletResponse response) {
        PersonalLink link = resolve(token, response);
        if (link == null) {
            return ResponseEntity.notFound().build();
        }
        var view = renderer.view(personalData.export(link.collaborationId(), link.residentId(),
                PersonalData.Proof.EMAIL_LINK), locale);
        audit.record(link.collaborationId(), "resident", "resident.export", "resident", link.residentId(), format);
        boolean json = format.equals("json");
        return ResponseEntity.ok()
                .contentType(json ? MediaType.APPLICATION_JSON : new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("mijn-gegevens." + format).build().toString())
                .header("X-Robots-Tag", "noindex, nofollow")
                .body(json ? renderer.json(view) : renderer.html(view, locale));
    }

    /** Opens the answers form with a fresh link of its own purpose: the privacy link stays for this page only. */
    @PostMapping("/mijn-gegevens/{token}/wie-doet-mee")
    String changeDemographics(@PathVariable String token, HttpServletResponse response, RedirectAttributes redirect) {
        PersonalLink link = resolve(token, response);
        if (link == null) {
            return DemographicsController.UNKNOWN_LINK_VIEW;
        }
        redirect.addAttribute("t", residents.issueLink(link.collaborationId(), link.residentId(),
                DemographicsController.PURPOSE, null, Duration.ofHours(24)));
        return "redirect:/wie-doet-mee/{t}";
    }

    /**
     * Opens another module's own page for this resident (their pool membership and consents) with
     * a fresh link of that page's purpose; a name that does not apply answers like an unknown link.
     */
    @PostMapping("/mijn-gegevens/{token}/naar/{name}")
    String openFeature(@PathVariable String token, @PathVariable String name, HttpServletResponse response,
                       RedirectAttributes redirect) {
        PersonalLink link = resolve(token, response);
        if (link == null) {
            return DemographicsController.UNKNOWN_LINK_VIEW;
        }
        Optional<String> target = featureLinks.orderedStream().filter(f -> f.name().equals(name))
                .filter(f -> f.appliesTo(link.collaborationId(), link.residentId())).findFirst()
                .flatMap(f -> f.open(link.collaborationId(), link.residentId()));
        if (target.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return DemographicsController.UNKNOWN_LINK_VIEW;
        }
        return "redirect:" + target.get();
    }

    @PostMapping("/mijn-gegevens/{token}/wie-doet-mee/intrekken")
    String withdrawDemographics(@PathVariable String token, HttpServletResponse response, RedirectAttributes redirect) {
        PersonalLink link = resolve(token, response);
        if (link == null) {
            return DemographicsController.UNKNOWN_LINK_VIEW;
        }
        demographics.remove(link.collaborationId(), link.residentId());
        redirect.addAttribute("token", token);
        return "redirect:/mijn-gegevens/{token}?ingetrokken";
    }

    @GetMapping("/mijn-gegevens/{token}/wissen")
    String showEraseConfirmation(@PathVariable String token, Model model, HttpServletResponse response) {
        PersonalLink link = resolve(token, response);
        if (link == null) {
            return DemographicsController.UNKNOWN_LINK_VIEW;
        }
        model.addAttribute("token", token);
        model.addAttribute("errors", Map.of());
        return ERASE_VIEW;
    }

    @PostMapping("/mijn-gegevens/{token}/wissen")
    String processErase(@PathVariable String token, @RequestParam(required = false) String confirm, Model model,
                        Locale locale, HttpServletResponse response) {
        PersonalLink link = resolve(token, response);
        if (link == null) {
            return DemographicsController.UNKNOWN_LINK_VIEW;
        }
        if (!"ja".equals(confirm)) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            Map<String, String> errors = new LinkedHashMap<>();
            errors.put("confirm", messages.getMessage("resident.privacy.error.confirm", null, locale));
            model.addAttribute("token", token);
            model.addAttribute("errors", errors);
            return ERASE_VIEW;
        }
        personalData.erase(link.collaborationId(), link.residentId(), PersonalData.Proof.EMAIL_LINK, "resident");
        return "redirect:/mijn-gegevens/gewist";
    }

    /** A button on the privacy page to another module's own page. */
    record FeatureButton(String name, String labelKey) {}

    private PersonalLink resolve(String token, HttpServletResponse response) {
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        PersonalLink link = residents.resolveLink(token, PrivacyLinks.PURPOSE).orElse(null);
        if (link == null) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
        }
        return link;
    }
}
