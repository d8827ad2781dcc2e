package nl.samenspraak.vision.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.platform.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The collaboration's public page with its current vision, every published version, and a comparison of
 * any two as a readable difference. Residents are named only as they chose: a first name or "een inwoner".
 */
@Controller
class PublicVisionController {

    static final String HOME_VIEW = "vision/public/collaboration";
    static final String VERSIONS_VIEW = "vision/public/versions";
    static final String VERSION_VIEW = "vision/public/version";
    static final String COMPARE_VIEW = "vision/public/compare";

    private final Collaborations collaborations;
    private final VisionService visions;

    PublicVisionController(Collaborations collaborations, VisionService visions) {
        this.collaborations = collaborations;
        this.visions = visions;
    }

    @GetMapping("/samenwerkingen/{slug}")
    String showCollaboration(@PathVariable String slug, Model model) {
        Collaboration collaboration = collaboration(slug);
        List<PublishedVersion> versions = visions.published(collaboration.id());
        model.addAttribute("collaboration", collaboration);
        model.addAttribute("current", versions.isEmpty() ? null : versions.getFirst());
        model.addAttribute("versionCount", versions.size());
        return HOME_VIEW;
    }

    @GetMapping("/samenwerkingen/{slug}/visie")
    String showVersions(@PathVariable String slug, Model model) {
        Collaboration collaboration = collaboration(slug);
        List<PublishedVersion> versions = visions.published(collaboration.id());
        model.addAttribute("collaboration", collaboration);
        model.addAttribute("versions", versions);
        model.addAttribute("from", versions.size() > 1 ? versions.get(1).number() : null);
        model.addAttribute("to", versions.isEmpty() ? null : versions.getFirst().number());
        model.addAttribute("invalid", false);
        return VERSIONS_VIEW;
    }

    @GetMapping("/samenwerkingen/{slug}/visie/{number}")
    String showVersion(@PathVariable String slug, @PathVariable String number, Model model) {
        Collaboration collaboration = collaboration(slug);
        PublishedVersion version = parse(number).flatMap(n -> visions.published(collaboration.id(), n))
                .orElseThrow(NotFoundException::new);
        model.addAttribute("collaboration", collaboration);
        model.addAttribute("version", version);
        return VERSION_VIEW;
    }

    @GetMapping("/samenwerkingen/{slug}/visie/vergelijk")
    String showComparison(@PathVariable String slug, @RequestParam(required = false) String van,
                          @RequestParam(required = false) String tot, Model model, HttpServletResponse response) {
        Collaboration collaboration = collaboration(slug);
        Optional<PublishedVersion> older = parse(van).flatMap(n -> visions.published(collaboration.id(), n));
        Optional<PublishedVersion> newer = parse(tot).flatMap(n -> visions.published(collaboration.id(), n));
        if (older.isEmpty() || newer.isEmpty() || older.get().number() == newer.get().number()) {
            // The choice of versions comes back with a message; a comparison of unknown versions is not a page.
            List<PublishedVersion> versions = visions.published(collaboration.id());
            if (versions.isEmpty()) {
                throw new NotFoundException();
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("collaboration", collaboration);
            model.addAttribute("versions", versions);
            model.addAttribute("from", versions.size() > 1 ? versions.get(1).number() : null);
            model.addAttribute("to", versions.getFirst().number());
            model.addAttribute("invalid", true);
            return VERSIONS_VIEW;
        }
        PublishedVersion a = older.get().number() < newer.get().number() ? older.get() : newer.get();
        PublishedVersion b = a == older.get() ? newer.get() : older.get();
        model.addAttribute("collaboration", collaboration);
        model.addAttribute("older", a);
        model.addAttribute("newer", b);
        model.addAttribute("diff", VisionDiff.between(a.version().text(), b.version().text()));
        return COMPARE_VIEW;
    }

    private Collaboration collaboration(String slug) {
        return collaborations.findBySlug(slug).orElseThrow(NotFoundException::new);
    }

    private static Optional<Integer> parse(String number) {
        if (number == null || !number.strip().matches("\\d{1,6}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(number.strip()));
    }
}
