package nl.samenspraak.selfscan.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccess;
import nl.samenspraak.knowledge.KnowledgeBase;
import nl.samenspraak.platform.FormErrors;
import nl.samenspraak.selfscan.ScanRoundId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Staff open and close rounds, read the results and type in forms that came on paper. */
@Controller
@RequestMapping("/beheer/{slug}/zelfscan")
class SelfScanStaffController {

    static final String ROUNDS_VIEW = "selfscan/staff/rounds";
    static final String ROUND_VIEW = "selfscan/staff/round";
    static final String PAPER_VIEW = "selfscan/staff/paper";

    private final StaffAccess staffAccess;
    private final ScanRounds rounds;
    private final ScanResponses responses;
    private final ScanResults results;
    private final KnowledgeBase knowledge;
    private final MessageSource messages;
    private final FormErrors formErrors;
    private final String baseUrl;

    SelfScanStaffController(StaffAccess staffAccess, ScanRounds rounds, ScanResponses responses, ScanResults results,
                            KnowledgeBase knowledge, MessageSource messages, FormErrors formErrors,
                            @Value("${samenspraak.base-url}") String baseUrl) {
        this.staffAccess = staffAccess;
        this.rounds = rounds;
        this.responses = responses;
        this.results = results;
        this.knowledge = knowledge;
        this.messages = messages;
        this.formErrors = formErrors;
        this.baseUrl = baseUrl;
    }

    @GetMapping
    String showRounds(Authentication authentication, @PathVariable String slug, Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.VIEWER);
        return roundsPage(model, access, RoundForm.empty(), Map.of());
    }

    @PostMapping
    String processNewRound(Authentication authentication, @PathVariable String slug,
                           @ModelAttribute("form") RoundForm form, Model model, Locale locale, HttpServletResponse response) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.COORDINATOR);
        try {
            ScanRoundId id = rounds.open(access.collaborationId(), form.title(), form.closingDay(), access.actor());
            return "redirect:/beheer/" + access.slug() + "/zelfscan/" + id.value();
        } catch (InvalidScanException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return roundsPage(model, access, form, formErrors.of(e, locale));
        }
    }

    @GetMapping("/{roundId}")
    String showRound(Authentication authentication, @PathVariable String slug, @PathVariable String roundId,
                     Model model, Locale locale) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.VIEWER);
        ScanRound round = round(access, roundId);
        RoundResults current = results.of(round);
        model.addAttribute("access", access);
        model.addAttribute("round", round);
        model.addAttribute("open", round.openOn(rounds.today()));
        model.addAttribute("expired", round.expiredOn(rounds.today()));
        model.addAttribute("link", baseUrl + "/zelfscan/" + round.token());
        model.addAttribute("canManage", access.can(Role.COORDINATOR));
        model.addAttribute("results", current);
        model.addAttribute("chart", ResultsChart.of(current));
        model.addAttribute("comparison", results.comparison(round, current));
        model.addAttribute("weakThemes", current.weakest(WeakTheme.THEMES).stream()
                .map(t -> new WeakTheme(t, knowledge.suggestionsFor(t.theme(), locale, WeakTheme.SUGGESTIONS))).toList());
        model.addAttribute("minimum", Statistics.MIN_RESPONDENTS);
        model.addAttribute("groups", List.of(RespondentGroup.values()));
        return ROUND_VIEW;
    }

    @PostMapping("/{roundId}/sluiten")
    String processClose(Authentication authentication, @PathVariable String slug, @PathVariable String roundId) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.COORDINATOR);
        ScanRound round = round(access, roundId);
        rounds.close(access.collaborationId(), round.id(), access.actor());
        return "redirect:/beheer/" + access.slug() + "/zelfscan/" + round.id().value() + "?gesloten";
    }

    @PostMapping("/{roundId}/heropenen")
    String processReopen(Authentication authentication, @PathVariable String slug, @PathVariable String roundId) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.COORDINATOR);
        ScanRound round = round(access, roundId);
        rounds.reopen(access.collaborationId(), round.id(), access.actor());
        return "redirect:/beheer/" + access.slug() + "/zelfscan/" + round.id().value() + "?heropend";
    }

    /** The form to print for people who prefer paper, and the place to type in what came back. */
    @GetMapping("/{roundId}/papier")
    String showPaperForm(Authentication authentication, @PathVariable String slug, @PathVariable String roundId,
                         Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.VIEWER);
        return paperPage(model, access, round(access, roundId), AnswerForm.blank(), Map.of());
    }

    @PostMapping("/{roundId}/papier")
    String processPaperForm(Authentication authentication, @PathVariable String slug, @PathVariable String roundId,
                            @RequestParam MultiValueMap<String, String> params, Model model, Locale locale,
                            HttpServletResponse response) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        ScanRound round = round(access, roundId);
        List<Statement> statements = rounds.statementsOf(round);
        AnswerForm form = AnswerForm.of(params, statements);
        Map<String, String> errors = form.check(statements);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return paperPage(model, access, round, form, SelfScanAnswerController.texts(errors, locale, messages));
        }
        responses.store(round, form.checked(statements), ScanResponses.Channel.PAPER, access.actor());
        return "redirect:/beheer/" + access.slug() + "/zelfscan/" + round.id().value() + "/papier?opgeslagen";
    }

    private String roundsPage(Model model, CollaborationAccess access, RoundForm form, Map<String, String> errors) {
        model.addAttribute("access", access);
        model.addAttribute("rounds", rounds.ofCollaboration(access.collaborationId()));
        model.addAttribute("today", rounds.today());
        model.addAttribute("canManage", access.can(Role.COORDINATOR));
        model.addAttribute("statementCount", Statement.current().size());
        model.addAttribute("themeCount", Statement.current().stream().map(Statement::theme).distinct().count());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return ROUNDS_VIEW;
    }

    private String paperPage(Model model, CollaborationAccess access, ScanRound round, AnswerForm form,
                             Map<String, String> errors) {
        model.addAttribute("access", access);
        model.addAttribute("round", round);
        model.addAttribute("canEnter", access.can(Role.PROFESSIONAL));
        model.addAttribute("sections", FormSections.of(rounds.statementsOf(round)));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("choices", AnswerForm.CHOICES);
        return PAPER_VIEW;
    }

    private ScanRound round(CollaborationAccess access, String roundId) {
        return rounds.require(access.collaborationId(), roundId);
    }
}
