package nl.samenspraak.selfscan.internal;

import java.util.Locale;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccess;
import nl.samenspraak.knowledge.KnowledgeBase;
import nl.samenspraak.platform.AuditTrail;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The results of a round as a file: CSV for a spreadsheet, PDF to print or send to the board. */
@Controller
class SelfScanExportController {

    private final StaffAccess staffAccess;
    private final ScanRounds rounds;
    private final ScanResults results;
    private final ResultsExport export;
    private final KnowledgeBase knowledge;
    private final AuditTrail audit;

    SelfScanExportController(StaffAccess staffAccess, ScanRounds rounds,
                             ScanResults results, ResultsExport export, KnowledgeBase knowledge, AuditTrail audit) {
        this.audit = audit;
        this.staffAccess = staffAccess;
        this.rounds = rounds;
        this.results = results;
        this.export = export;
        this.knowledge = knowledge;
    }

    @GetMapping("/beheer/{slug}/zelfscan/{roundId}/resultaten.csv")
    ResponseEntity<byte[]> downloadCsv(Authentication authentication, @PathVariable String slug,
                                       @PathVariable String roundId, Locale locale) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.VIEWER);
        ScanRound round = rounds.require(access.collaborationId(), roundId);
        audit.record(access.collaborationId(), access.actor(), "selfscan.export", "scan_round", round.id().value(), "csv");
        return file(export.csv(results.of(round), locale), new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
                "zelfscan-" + round.id().value() + ".csv");
    }

    @GetMapping("/beheer/{slug}/zelfscan/{roundId}/resultaten.pdf")
    ResponseEntity<byte[]> downloadPdf(Authentication authentication, @PathVariable String slug,
                                       @PathVariable String roundId, Locale locale) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.VIEWER);
        ScanRound round = rounds.require(access.collaborationId(), roundId);
        audit.record(access.collaborationId(), access.actor(), "selfscan.export", "scan_round", round.id().value(), "pdf");
        RoundResults current = results.of(round);
        var weak = current.weakest(WeakTheme.THEMES).stream()
                .map(t -> new WeakTheme(t, knowledge.suggestionsFor(t.theme(), locale, WeakTheme.SUGGESTIONS))).toList();
        byte[] pdf = export.pdf(current, results.comparison(round, current), weak, access.collaborationName(),
                rounds.today(), locale);
        return file(pdf, MediaType.APPLICATION_PDF, "zelfscan-" + round.id().value() + ".pdf");
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(body);
    }
}
