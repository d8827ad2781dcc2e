package nl.samenspraak.api.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccess;
import nl.samenspraak.api.internal.InputJson.AnswerAllRequest;
import nl.samenspraak.api.internal.InputJson.AnswerRequest;
import nl.samenspraak.api.internal.InputJson.AnsweredInputs;
import nl.samenspraak.api.internal.InputJson.CreatedInput;
import nl.samenspraak.api.internal.InputJson.InputList;
import nl.samenspraak.api.internal.InputJson.InputView;
import nl.samenspraak.api.internal.InputJson.ModerationRequest;
import nl.samenspraak.api.internal.InputJson.NewInputRequest;
import nl.samenspraak.api.internal.InputJson.NotificationJson;
import nl.samenspraak.feedback.DecisionBook;
import nl.samenspraak.feedback.Notifications;
import nl.samenspraak.input.Author;
import nl.samenspraak.feedback.FeedbackLoop;
import nl.samenspraak.input.Input;
import nl.samenspraak.input.Referral;
import nl.samenspraak.input.InputId;
import nl.samenspraak.input.InputIntake;
import nl.samenspraak.input.InputModeration;
import nl.samenspraak.input.Moderation;
import nl.samenspraak.input.InputViews;
import nl.samenspraak.input.InvalidInputException;
import nl.samenspraak.input.NewInput;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.process.Processes;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Inputs", description = "Input (inbreng) and the answers to it")
class InputController {

    static final int DEFAULT_PAGE = 50;
    static final int MAX_PAGE = 100;
    static final int MAX_OVERDUE = 1000;
    private static final Set<String> AUTHOR_FIELDS = Set.of("name", "email", "postalAddress", "phone", "contactBy", "consent");

    private final StaffAccess staffAccess;
    private final Processes processes;
    private final InputIntake intake;
    private final InputViews views;
    private final FeedbackLoop feedback;
    private final Notifications notifications;
    private final DecisionBook decisions;
    private final TransactionTemplate transactions;
    private final InputModeration moderation;

    InputController(StaffAccess staffAccess, Processes processes, InputIntake intake, InputViews views,
                    FeedbackLoop feedback, Notifications notifications, DecisionBook decisions,
                    PlatformTransactionManager transactionManager, InputModeration moderation) {
        this.moderation = moderation;
        this.staffAccess = staffAccess;
        this.processes = processes;
        this.intake = intake;
        this.views = views;
        this.feedback = feedback;
        this.notifications = notifications;
        this.decisions = decisions;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @PostMapping("/processes/{processId}/inputs")
    @Operation(summary = "Send in an input",
            description = "Stores an input received through any channel and returns the follow code and the date by "
                    + "which the author gets an answer. Role: PROFESSIONAL.",
            responses = {@ApiResponse(responseCode = "201", description = "Stored; Location points at the input"),
                    @ApiResponse(responseCode = "404", description = "No such process in your collaboration"),
                    @ApiResponse(responseCode = "422", description = "A field breaks a rule, e.g. contact details "
                            + "without consent; see `errors`")})
    ResponseEntity<CreatedInput> captureInput(Authentication authentication,
                                              @Parameter(description = "Process id") @PathVariable UUID processId,
                                              @Valid @RequestBody NewInputRequest request) {
        CollaborationAccess access = staffAccess.require(authentication, Role.PROFESSIONAL);
        Author author = request.author() == null ? Author.anonymous() : request.author().author();
        InputIntake.Receipt receipt;
        try {
            receipt = intake.capture(access.collaborationId(), processId, new NewInput(request.text(),
                    request.channel(), request.receivedOn(), Boolean.TRUE.equals(request.publish()), author,
                    access.staffId()));
        } catch (InvalidInputException e) {
            // In the API the author's fields sit inside "author".
            throw AUTHOR_FIELDS.contains(e.field()) ? new InvalidInputException("author." + e.field(), e.messageKey()) : e;
        }
        var location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/inputs/{id}").buildAndExpand(receipt.id()).toUri();
        return ResponseEntity.created(location).body(CreatedInput.of(receipt));
    }

    @GetMapping("/processes/{processId}/inputs")
    @Operation(summary = "List the inputs of a process",
            description = "Newest first, in pages: follow `next` until it is null. With `overdue=true`: the inputs "
                    + "past their due date without a final answer, most overdue first (one list, `next` is null). "
                    + "Role: VIEWER.")
    InputList listInputs(Authentication authentication,
                         @Parameter(description = "Process id") @PathVariable UUID processId,
                         @Parameter(description = "Only inputs past their due date without a final answer")
                         @RequestParam(defaultValue = "false") boolean overdue,
                         @Parameter(description = "Page key: only inputs with a smaller `seq`")
                         @RequestParam(required = false) Long before,
                         @Parameter(description = "Page size, 1 to 100 (up to 1000 with overdue=true)")
                         @RequestParam(required = false) Integer limit) {
        CollaborationAccess access = staffAccess.require(authentication, Role.VIEWER);
        processes.find(access.collaborationId(), processId).orElseThrow(NotFoundException::new);
        LocalDate today = views.today();
        if (overdue) {
            int size = clamp(limit, MAX_OVERDUE, MAX_OVERDUE);
            return new InputList(views.overdue(access.collaborationId(), processId, size).stream()
                    .map(i -> InputView.of(i, today, null)).toList(), null);
        }
        int size = clamp(limit, DEFAULT_PAGE, MAX_PAGE);
        var page = views.ofProcess(access.collaborationId(), processId, InputViews.Filter.ALL, before, size);
        String next = page.nextBefore() == null ? null : ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("before", page.nextBefore()).replaceQueryParam("limit", size).toUriString();
        return new InputList(page.items().stream().map(i -> InputView.of(i, today, null)).toList(), next);
    }

    @GetMapping("/inputs/{id}")
    @Operation(summary = "Read an input", description = "Status, answer, deadline, how the author is being told "
            + "and the decisions it is linked to. Never the author's contact details. Role: VIEWER.",
            responses = {@ApiResponse(responseCode = "200", description = "The input"),
                    @ApiResponse(responseCode = "404", description = "No such input in your collaboration")})
    InputView showInput(Authentication authentication, @Parameter(description = "Input id") @PathVariable UUID id) {
        CollaborationAccess access = staffAccess.require(authentication, Role.VIEWER);
        Input input = views.find(access.collaborationId(), id).orElseThrow(NotFoundException::new);
        return view(access, input);
    }

    @PutMapping("/inputs/{id}/answer")
    @Operation(summary = "Answer an input",
            description = "Sets the status and the written answer. A final status needs a written answer (422 "
                    + "otherwise, and nothing changes); OUT_OF_SCOPE also needs `referredTo`. The author is told through the channel they chose. "
                    + "Role: PROFESSIONAL.",
            responses = {@ApiResponse(responseCode = "200", description = "The answered input"),
                    @ApiResponse(responseCode = "404", description = "No such input in your collaboration"),
                    @ApiResponse(responseCode = "422", description = "A rule is broken; nothing changed")})
    InputView answerInput(Authentication authentication, @Parameter(description = "Input id") @PathVariable UUID id,
                          @Valid @RequestBody AnswerRequest request) {
        CollaborationAccess access = staffAccess.require(authentication, Role.PROFESSIONAL);
        Input answered = feedback.answer(access.collaborationId(), new InputId(id), request.status(), request.text(),
                Referral.of(request.referredTo(), request.referredContact()), access.staffId(), access.actor());
        return view(access, answered);
    }

    @PutMapping("/processes/{processId}/answers")
    @Operation(summary = "Answer several similar inputs at once",
            description = "One status and text for all given inputs of this process; all or nothing. Role: PROFESSIONAL.",
            responses = {@ApiResponse(responseCode = "200", description = "The answered inputs"),
                    @ApiResponse(responseCode = "404", description = "The process or one of the inputs is not in "
                            + "your collaboration or not in this process; nothing changed"),
                    @ApiResponse(responseCode = "422", description = "A rule is broken; nothing changed")})
    AnsweredInputs answerInputs(Authentication authentication,
                                @Parameter(description = "Process id") @PathVariable UUID processId,
                                @Valid @RequestBody AnswerAllRequest request) {
        CollaborationAccess access = staffAccess.require(authentication, Role.PROFESSIONAL);
        processes.find(access.collaborationId(), processId).orElseThrow(NotFoundException::new);
        // One transaction around the answers and the check, so an input of another process undoes them all.
        List<Input> done = transactions.execute(status -> {
            List<Input> inputs = feedback.answerAll(access.collaborationId(), request.inputIds(), request.status(),
                    request.text(), Referral.of(request.referredTo(), request.referredContact()), access.staffId(),
                    access.actor());
            if (inputs.stream().anyMatch(input -> !input.processId().equals(processId))) {
                throw new NotFoundException();
            }
            return inputs;
        });
        LocalDate today = views.today();
        return new AnsweredInputs(done.stream().map(input -> InputView.of(input, today, null)).toList());
    }

    @PutMapping("/inputs/{id}/moderation")
    @Operation(summary = "Hide an input, or part of it, or show it again",
            description = "`hidden: true` with a `reason` (PERSONAL_DATA, OFFENSIVE, OFF_TOPIC, DUPLICATE, OTHER; OTHER "
                    + "needs a `note`) hides the whole input from the public pages, or only `part`, the exact text to "
                    + "hide. The public page says that something was hidden and why; the author is told once per "
                    + "hiding, in the channel they chose. `hidden: false` shows everything again (or only `part`). "
                    + "Hiding changes nothing in answering: the input still needs its answer. Role: PROFESSIONAL.",
            responses = {@ApiResponse(responseCode = "200", description = "The input with its moderation state"),
                    @ApiResponse(responseCode = "404", description = "No such input in your collaboration"),
                    @ApiResponse(responseCode = "422", description = "A rule is broken (unknown reason, OTHER without "
                            + "note, a part that is not in the text, already hidden, an input that is not public); "
                            + "nothing changed")})
    InputView moderateInput(Authentication authentication, @Parameter(description = "Input id") @PathVariable UUID id,
                            @Valid @RequestBody ModerationRequest request) {
        CollaborationAccess access = staffAccess.require(authentication, Role.PROFESSIONAL);
        Input input = views.find(access.collaborationId(), id).orElseThrow(NotFoundException::new);
        if (request.hidden() == null) {
            // Checked here, after the lookup: another collaboration's input answers 404 whatever the body.
            throw new InvalidInputException("hidden", "input.moderation.error.hiddenRequired");
        }
        if (request.hidden()) {
            moderation.hide(access.collaborationId(), input.id(), request.part(), request.reason(), request.note(),
                    access.actor());
        } else if (request.part() == null || request.part().isBlank()) {
            moderation.unhide(access.collaborationId(), input.id(), null, access.actor());
        } else {
            Moderation current = moderation.of(access.collaborationId(), input.id());
            long number = current.parts().stream().filter(h -> h.part().equals(request.part().strip()))
                    .mapToLong(Moderation.Hiding::number).findFirst()
                    .orElseThrow(() -> new InvalidInputException("part", "input.moderation.error.notHidden"));
            moderation.unhide(access.collaborationId(), input.id(), number, access.actor());
        }
        return view(access, input);
    }

    private InputView view(CollaborationAccess access, Input input) {
        List<NotificationJson> sent = notifications.of(access.collaborationId(), input.id()).stream()
                .map(NotificationJson::of).toList();
        List<DecisionJson.DecisionRef> linked = decisions.ofInput(access.collaborationId(), input.id()).stream()
                .map(DecisionJson.DecisionRef::of).toList();
        return InputView.of(input, views.today(), sent, linked, moderation.of(access.collaborationId(), input.id()));
    }

    private static int clamp(Integer requested, int fallback, int max) {
        return requested == null ? fallback : Math.min(Math.max(requested, 1), max);
    }
}
