package nl.samenspraak.feedback.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccess;
import nl.samenspraak.platform.Ids;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.resident.PersonalDataViews;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Letters to print: a queue of answers on paper, made into one PDF per batch. */
@Controller
class LettersController {

    static final String VIEW = "feedback/letters";
    private static final Logger log = LoggerFactory.getLogger(LettersController.class);

    private final StaffAccess staffAccess;
    private final Letters letters;
    private final PersonalDataViews personalData;

    LettersController(StaffAccess staffAccess, Letters letters, PersonalDataViews personalData) {
        this.staffAccess = staffAccess;
        this.letters = letters;
        this.personalData = personalData;
    }

    @GetMapping("/beheer/{slug}/brieven")
    String showLetters(@PathVariable String slug, @RequestParam(name = "gemaakt", required = false) String made,
                       Authentication authentication, Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.VIEWER);
        fill(model, access, made);
        return VIEW;
    }

    @PostMapping("/beheer/{slug}/brieven")
    String processLetters(@PathVariable String slug, Authentication authentication, Model model,
                          HttpServletResponse response) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        try {
            Optional<UUID> batch = letters.print(access);
            return batch.map(id -> "redirect:/beheer/{slug}/brieven?gemaakt=" + id)
                    .orElse("redirect:/beheer/{slug}/brieven?leeg");
        } catch (LetterPdf.PdfFailedException e) {
            log.error("Letter PDF for collaboration {} failed; nothing was marked printed", access.collaborationId(), e);
            response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            model.addAttribute("pdfFailed", true);
            fill(model, access, null);
            return VIEW;
        }
    }

    @GetMapping("/beheer/{slug}/brieven/{batchId}.pdf")
    ResponseEntity<byte[]> downloadBatch(@PathVariable String slug, @PathVariable String batchId,
                                         Authentication authentication) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        UUID id = Ids.parseUuid(batchId).orElseThrow(NotFoundException::new);
        byte[] pdf = letters.pdf(access.collaborationId(), id).orElseThrow(NotFoundException::new);
        personalData.open(access, "letters PDF", "letter_batch", id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("brieven-" + id + ".pdf").build().toString())
                // Names and addresses: never kept in a shared cache.
                .cacheControl(CacheControl.noStore())
                .body(pdf);
    }

    private void fill(Model model, CollaborationAccess access, String made) {
        List<Letters.Batch> batches = letters.batches(access.collaborationId());
        model.addAttribute("access", access);
        model.addAttribute("canPrint", access.can(Role.PROFESSIONAL));
        model.addAttribute("canSeeOutbox", access.can(Role.COORDINATOR));
        // The names on the letters to print: for the staff who print them, and each look is audited.
        Letters.Due due = letters.due(access.collaborationId());
        boolean shown = !due.letters().isEmpty() && personalData.open(access, "letters page", "collaboration",
                access.collaborationId());
        model.addAttribute("due", shown ? due : due.withoutNames());
        model.addAttribute("batches", batches);
        // Viewers cannot download, but must still see that a PDF was removed for privacy.
        model.addAttribute("fileColumn", access.can(Role.PROFESSIONAL) || batches.stream().anyMatch(Letters.Batch::pdfRemoved));
        model.addAttribute("maxBatch", Letters.MAX_BATCH);
        // Only a batch of this collaboration can be named in the notice.
        model.addAttribute("made", Ids.parseUuid(made).flatMap(id -> batches.stream().filter(b -> b.id().equals(id)).findFirst())
                .orElse(null));
    }
}
