package nl.samenspraak.api.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccess;
import nl.samenspraak.api.internal.DecisionJson.CreatedDecision;
import nl.samenspraak.api.internal.DecisionJson.NewDecisionRequest;
import nl.samenspraak.api.internal.DecisionJson.UpdateRequest;
import nl.samenspraak.api.internal.DecisionJson.UpdateView;
import nl.samenspraak.feedback.DecisionBook;
import nl.samenspraak.feedback.DecisionId;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.process.Processes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Decisions", description = "What was decided with residents' input, and how it is carried out")
class DecisionController {

    private final StaffAccess staffAccess;
    private final Processes processes;
    private final DecisionBook decisions;
    private final String baseUrl;

    DecisionController(StaffAccess staffAccess, Processes processes, DecisionBook decisions,
                       @Value("${samenspraak.base-url}") String baseUrl) {
        this.staffAccess = staffAccess;
        this.processes = processes;
        this.decisions = decisions;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @PostMapping("/processes/{processId}/decisions")
    @Operation(summary = "Record a decision",
            description = "Records a decision of a process with the inputs it answers, and publishes it on its public "
                    + "page (`publicUrl`). The authors of the linked inputs are told. All or nothing: an input of "
                    + "another process or collaboration answers 422 and nothing is stored. Role: PROFESSIONAL.",
            responses = {@ApiResponse(responseCode = "201", description = "Recorded"),
                    @ApiResponse(responseCode = "404", description = "No such process in your collaboration"),
                    @ApiResponse(responseCode = "422", description = "A field breaks a rule, or an input is not of "
                            + "this process; see `errors`. Nothing was stored")})
    ResponseEntity<CreatedDecision> recordDecision(Authentication authentication,
                                                   @Parameter(description = "Process id") @PathVariable UUID processId,
                                                   @Valid @RequestBody NewDecisionRequest request) {
        CollaborationAccess access = staffAccess.require(authentication, Role.PROFESSIONAL);
        processes.find(access.collaborationId(), processId).orElseThrow(NotFoundException::new);
        DecisionId id = decisions.record(access.collaborationId(), processId, request.draft(), access.staffId(),
                access.actor());
        String publicUrl = baseUrl + "/besluiten/" + id.value();
        return ResponseEntity.status(HttpStatus.CREATED).body(new CreatedDecision(id.value(), publicUrl));
    }

    @PostMapping("/decisions/{id}/updates")
    @Operation(summary = "Add news about carrying out a decision",
            description = "Sets the decision's state with a dated text. DELAYED and STOPPED need a text with the "
                    + "reason (422 otherwise). The authors of the linked inputs are told. Role: PROFESSIONAL.",
            responses = {@ApiResponse(responseCode = "201", description = "Recorded"),
                    @ApiResponse(responseCode = "404", description = "No such decision in your collaboration"),
                    @ApiResponse(responseCode = "422", description = "A rule is broken; nothing changed")})
    ResponseEntity<UpdateView> updateDecision(Authentication authentication,
                                              @Parameter(description = "Decision id") @PathVariable UUID id,
                                              @Valid @RequestBody UpdateRequest request) {
        CollaborationAccess access = staffAccess.require(authentication, Role.PROFESSIONAL);
        var update = decisions.update(access.collaborationId(), new DecisionId(id), request.state(), request.text(),
                request.date(), access.staffId(), access.actor());
        return ResponseEntity.status(HttpStatus.CREATED).body(UpdateView.of(update));
    }
}
