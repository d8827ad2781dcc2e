package nl.samenspraak.resident.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccess;
import nl.samenspraak.platform.AccessiblePdf;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.platform.Dates;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.platform.PersonalLinkMask;
import nl.samenspraak.resident.PersonalDataViews;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Post en bellen": messages for residents who chose a letter or a phone call. Letters are
 * printed together as one accessible PDF and then count as sent; calls are ticked off one by one.
 */
@Controller
class MessageQueueController {

    static final String VIEW = "resident/staff/messages";
    static final String PDF_TEMPLATE = "resident/letters";

    private final StaffAccess staffAccess;
    private final ResidentMessageQueue queue;
    private final AccessiblePdf pdf;
    private final AuditTrail audit;
    private final java.time.Clock clock;
    private final Dates dates;

    private final PersonalDataViews personalData;

    MessageQueueController(StaffAccess staffAccess, ResidentMessageQueue queue, AccessiblePdf pdf, AuditTrail audit,
                           java.time.Clock clock, PersonalDataViews personalData, Dates dates) {
        this.dates = dates;
        this.personalData = personalData;
        this.staffAccess = staffAccess;
        this.queue = queue;
        this.pdf = pdf;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/beheer/{slug}/post-en-bellen")
    String showQueue(Authentication authentication, @PathVariable String slug, Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        List<ResidentMessageQueue.Queued> letters = queue.open(access.collaborationId(), "POST");
        List<ResidentMessageQueue.Queued> calls = queue.open(access.collaborationId(), "PHONE");
        if (!letters.isEmpty() || !calls.isEmpty()) {
            // Names, addresses and phone numbers of residents: who looked is kept.
            personalData.open(access, "letters and calls to residents", "collaboration", access.collaborationId());
        }
        model.addAttribute("access", access);
        model.addAttribute("letters", letters);
        // Staff read a call's text aloud; a personal link in it is the resident's alone, so it is masked.
        List<ResidentMessageQueue.Queued> maskedCalls = new ArrayList<>();
        Set<UUID> masked = new HashSet<>();
        for (ResidentMessageQueue.Queued m : calls) {
            PersonalLinkMask.Masked subject = PersonalLinkMask.mask(m.subject());
            PersonalLinkMask.Masked body = PersonalLinkMask.mask(m.body());
            if (subject.masked() || body.masked()) {
                masked.add(m.id());
            }
            maskedCalls.add(new ResidentMessageQueue.Queued(m.id(), m.residentId(), m.channel(), subject.text(), body.text(),
                    m.createdAt(), m.name(), m.postalAddress(), m.phone(), m.language()));
        }
        model.addAttribute("calls", maskedCalls);
        model.addAttribute("maskedCalls", masked);
        return VIEW;
    }

    /** One PDF with every open letter; in one transaction they count as printed, or none does. */
    @PostMapping("/beheer/{slug}/post-en-bellen/brieven")
    @Transactional
    public ResponseEntity<byte[]> printLetters(Authentication authentication, @PathVariable String slug, Locale locale) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        List<ResidentMessageQueue.Queued> letters = queue.open(access.collaborationId(), "POST");
        if (letters.isEmpty()) {
            throw new NotFoundException();
        }
        List<Map<String, String>> safe = letters.stream().map(l -> Map.of(
                "name", nz(l.name()), "postalAddress", nz(l.postalAddress()), "subject", nz(l.subject()),
                "body", nz(l.body()), "lang", l.language())).toList();
        byte[] document = pdf.render(PDF_TEMPLATE, Map.of("letters", safe, "collaborationName",
                AccessiblePdf.xmlSafe(access.collaborationName()),
                "date", dates.date(LocalDate.now(clock), locale)), locale);
        personalData.open(access, "letters to residents PDF", "collaboration", access.collaborationId());
        List<UUID> done = queue.markDone(access.collaborationId(), "POST",
                letters.stream().map(ResidentMessageQueue.Queued::id).toList(), access.staffId());
        for (UUID id : done) {
            audit.record(access.collaborationId(), access.actor(), "resident.letter-printed", "resident_message", id, "ok");
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("brieven-" + LocalDate.now(clock) + ".pdf").build().toString())
                .body(document);
    }

    @PostMapping("/beheer/{slug}/post-en-bellen/{messageId}/gebeld")
    String markCalled(Authentication authentication, @PathVariable String slug, @PathVariable UUID messageId,
                      RedirectAttributes redirect) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        if (queue.markDone(access.collaborationId(), "PHONE", List.of(messageId), access.staffId()).isEmpty()) {
            throw new NotFoundException();
        }
        audit.record(access.collaborationId(), access.actor(), "resident.call-done", "resident_message", messageId, "ok");
        redirect.addAttribute("slug", access.slug());
        return "redirect:/beheer/{slug}/post-en-bellen?gebeld";
    }

    private static String nz(String s) {
        return s == null ? "" : AccessiblePdf.xmlSafe(s);
    }
}
