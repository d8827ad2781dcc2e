package nl.samenspraak.report.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccess;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.platform.Dates;
import nl.samenspraak.report.YearlyReport;
import nl.samenspraak.report.YearlyReports;
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

/**
 * The yearly report for board members and staff: a page, a PDF and a CSV with the same content. Every role of the
 * collaboration may read it, the board member (BOARD) included; it shows no personal data, so no view is audited.
 */
@Controller
class YearlyReportController {

    static final String VIEW = "report/page";

    private final StaffAccess staffAccess;
    private final YearlyReports reports;
    private final ReportFiles files;
    private final AuditTrail audit;
    private final Dates dates;

    YearlyReportController(StaffAccess staffAccess, YearlyReports reports, ReportFiles files, AuditTrail audit,
                           Dates dates) {
        this.dates = dates;
        this.staffAccess = staffAccess;
        this.reports = reports;
        this.files = files;
        this.audit = audit;
    }

    @GetMapping("/beheer/{slug}/rapport")
    String showThisYear(Authentication authentication, @PathVariable String slug, Model model, Locale locale) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.BOARD);
        return show(access, reports.today().getYear(), model, locale);
    }

    @GetMapping("/beheer/{slug}/rapport/{year}")
    String showYear(Authentication authentication, @PathVariable String slug, @PathVariable String year, Model model,
                    Locale locale) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.BOARD);
        return show(access, YearlyReports.parseYear(year), model, locale);
    }

    @GetMapping("/beheer/{slug}/rapport/{year}.pdf")
    ResponseEntity<byte[]> downloadPdf(Authentication authentication, @PathVariable String slug,
                                       @PathVariable String year, Locale locale) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.BOARD);
        YearlyReport report = reports.of(access.collaborationId(), access.collaborationName(), YearlyReports.parseYear(year),
                locale);
        byte[] pdf = files.pdf(report, locale);
        audit.record(access.collaborationId(), access.actor(), "report.export", "collaboration", access.collaborationId(),
                "pdf " + report.year());
        return file(pdf, MediaType.APPLICATION_PDF, name(access, report, "pdf"));
    }

    @GetMapping("/beheer/{slug}/rapport/{year}.csv")
    ResponseEntity<byte[]> downloadCsv(Authentication authentication, @PathVariable String slug,
                                       @PathVariable String year, Locale locale) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.BOARD);
        YearlyReport report = reports.of(access.collaborationId(), access.collaborationName(), YearlyReports.parseYear(year),
                locale);
        byte[] csv = files.csv(report, locale);
        audit.record(access.collaborationId(), access.actor(), "report.export", "collaboration", access.collaborationId(),
                "csv " + report.year());
        return file(csv, new MediaType("text", "csv", StandardCharsets.UTF_8), name(access, report, "csv"));
    }

    private String show(CollaborationAccess access, int year, Model model, Locale locale) {
        YearlyReport report = reports.of(access.collaborationId(), access.collaborationName(), year, locale);
        model.addAttribute("access", access);
        model.addAttribute("report", report);
        // Passed on to the sections the PDF shares: restricted mode allows no @bean in fragment parameters.
        model.addAttribute("dates", dates);
        model.addAttribute("years", ReportFiles.yearsBefore(report.year()));
        model.addAttribute("staff", access.can(Role.VIEWER));
        return VIEW;
    }

    private static String name(CollaborationAccess access, YearlyReport report, String extension) {
        return "jaarverslag-" + access.slug() + "-" + report.year() + "." + extension;
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(body);
    }
}
