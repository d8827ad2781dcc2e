package nl.samenspraak.reimbursement.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccess;
import nl.samenspraak.platform.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinator sends approved claims to the bank: the paying account, the export, earlier batches. */
@Controller
class PaymentController {

    static final String VIEW = "reimbursement/staff/payments";
    private static final int PAGE = 25;

    private final StaffAccess staffAccess;
    private final Payments payments;
    private final ClaimErrors errors;

    PaymentController(StaffAccess staffAccess, Payments payments, ClaimErrors errors) {
        this.staffAccess = staffAccess;
        this.payments = payments;
        this.errors = errors;
    }

    @GetMapping("/beheer/{slug}/vergoedingen/betalingen")
    String showPayments(Authentication authentication, @PathVariable String slug,
                        @RequestParam(name = "voor", required = false) Long before, Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.COORDINATOR);
        DebtorAccount account = payments.account(access.collaborationId()).orElse(null);
        AccountForm form = account == null ? new AccountForm(null, null, null)
                : new AccountForm(account.name(), account.ibanDisplay(), account.bic());
        return page(model, access, before, form, Map.of());
    }

    @PostMapping("/beheer/{slug}/vergoedingen/betalingen")
    String processExport(Authentication authentication, @PathVariable String slug, Model model, Locale locale,
                         HttpServletResponse response, RedirectAttributes redirect) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.COORDINATOR);
        try {
            UUID batch = payments.export(access.collaborationId(), access.staffId(), access.actor());
            redirect.addAttribute("slug", access.slug());
            boolean waits = payments.batch(access.collaborationId(), batch).map(b -> !b.approved()).orElse(false);
            return "redirect:/beheer/{slug}/vergoedingen/betalingen?" + (waits ? "wacht" : "klaar");
        } catch (InvalidClaimException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            DebtorAccount account = payments.account(access.collaborationId()).orElse(null);
            return page(model, access, null, account == null ? new AccountForm(null, null, null)
                    : new AccountForm(account.name(), account.ibanDisplay(), account.bic()), errors.of(e, locale));
        }
    }

    @PostMapping("/beheer/{slug}/vergoedingen/rekening")
    String processAccount(Authentication authentication, @PathVariable String slug,
                          @org.springframework.web.bind.annotation.ModelAttribute("form") AccountForm form, Model model,
                          Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.COORDINATOR);
        try {
            payments.saveAccount(access.collaborationId(), form.debtorName(), form.debtorIban(), form.debtorBic(),
                    access.actor());
            redirect.addAttribute("slug", access.slug());
            return "redirect:/beheer/{slug}/vergoedingen/betalingen?rekening";
        } catch (InvalidClaimException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, access, null, form, errors.of(e, locale));
        }
    }

    /** A second coordinator releases a waiting batch; the maker's own approval is refused while one is needed. */
    @PostMapping("/beheer/{slug}/vergoedingen/betalingen/{batchId}/goedkeuren")
    String processApproval(Authentication authentication, @PathVariable String slug, @PathVariable UUID batchId,
                           Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.COORDINATOR);
        try {
            payments.approve(access.collaborationId(), batchId, access.staffId(), access.actor());
            redirect.addAttribute("slug", access.slug());
            return "redirect:/beheer/{slug}/vergoedingen/betalingen?goedgekeurd";
        } catch (InvalidClaimException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            DebtorAccount account = payments.account(access.collaborationId()).orElse(null);
            return page(model, access, null, account == null ? new AccountForm(null, null, null)
                    : new AccountForm(account.name(), account.ibanDisplay(), account.bic()), errors.of(e, locale));
        }
    }

    @GetMapping("/beheer/{slug}/vergoedingen/betalingen/{batchId}/csv")
    ResponseEntity<byte[]> downloadCsv(Authentication authentication, @PathVariable String slug,
                                       @PathVariable UUID batchId, Locale locale) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.COORDINATOR);
        PaymentBatch batch = released(access, batchId);
        payments.downloaded(batch, "csv", access.actor());
        return file(PaymentCsv.write(batch, payments.claimsOf(batch), locale), "text/csv;charset=UTF-8",
                "betalingen-" + batch.reference() + ".csv");
    }

    @GetMapping("/beheer/{slug}/vergoedingen/betalingen/{batchId}/sepa")
    ResponseEntity<byte[]> downloadSepa(Authentication authentication, @PathVariable String slug,
                                        @PathVariable UUID batchId) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.COORDINATOR);
        PaymentBatch batch = released(access, batchId);
        payments.downloaded(batch, "sepa", access.actor());
        return file(SepaFile.write(batch, payments.claimsOf(batch)), "application/xml",
                "sepa-" + batch.reference() + ".xml");
    }

    /** A batch whose files may leave: one still waiting for approval has no files yet, as if it did not exist. */
    private PaymentBatch released(CollaborationAccess access, UUID batchId) {
        return payments.batch(access.collaborationId(), batchId).filter(PaymentBatch::approved)
                .orElseThrow(NotFoundException::new);
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, String type, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(bytes);
    }

    private String page(Model model, CollaborationAccess access, Long before, AccountForm form,
                        Map<String, String> formErrors) {
        List<PaymentBatch> batches = payments.batches(access.collaborationId(), before, PAGE + 1);
        boolean more = batches.size() > PAGE;
        batches = more ? batches.subList(0, PAGE) : batches;
        model.addAttribute("access", access);
        model.addAttribute("waiting", payments.waiting(access.collaborationId()));
        model.addAttribute("hasAccount", payments.account(access.collaborationId()).isPresent());
        model.addAttribute("batches", batches);
        model.addAttribute("nextBefore", more ? batches.getLast().seq() : null);
        model.addAttribute("staffId", access.staffId());
        model.addAttribute("needsSecondApproval", payments.needsSecondApproval(access.collaborationId()));
        model.addAttribute("form", form);
        model.addAttribute("errors", formErrors);
        return VIEW;
    }
}
