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
import nl.samenspraak.api.internal.ProcessJson.CreatedProcess;
import nl.samenspraak.api.internal.ProcessJson.NewProcessRequest;
import nl.samenspraak.api.internal.ProcessJson.ProcessList;
import nl.samenspraak.api.internal.ProcessJson.ProcessView;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.process.Processes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/processes")
@Tag(name = "Processes", description = "Participation processes (trajecten) of your collaboration")
class ProcessController {

    private final StaffAccess staffAccess;
    private final Processes processes;
    private final String baseUrl;

    ProcessController(StaffAccess staffAccess, Processes processes, @Value("${samenspraak.base-url}") String baseUrl) {
        this.staffAccess = staffAccess;
        this.processes = processes;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @GetMapping
    @Operation(summary = "List the processes", description = "All processes of the token's collaboration, newest first. Role: VIEWER.")
    ProcessList listProcesses(Authentication authentication) {
        CollaborationAccess access = staffAccess.require(authentication, Role.VIEWER);
        return new ProcessList(processes.ofCollaboration(access.collaborationId()).stream()
                .map(p -> ProcessView.of(p, publicUrl(p.id()))).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a process", description = "Role: VIEWER.",
            responses = {@ApiResponse(responseCode = "200", description = "The process"),
                    @ApiResponse(responseCode = "404", description = "No such process in your collaboration")})
    ProcessView showProcess(Authentication authentication,
                            @Parameter(description = "Process id") @PathVariable UUID id) {
        CollaborationAccess access = staffAccess.require(authentication, Role.VIEWER);
        return processes.find(access.collaborationId(), id)
                .map(p -> ProcessView.of(p, publicUrl(p.id())))
                .orElseThrow(NotFoundException::new);
    }

    @PostMapping
    @Operation(summary = "Create a process",
            description = "Creates a participation process with its participation level, influence promise and "
                    + "answer deadline. Role: COORDINATOR.",
            responses = {@ApiResponse(responseCode = "201", description = "Created; Location points at the process"),
                    @ApiResponse(responseCode = "422", description = "A field breaks a rule; see `errors`")})
    ResponseEntity<CreatedProcess> createProcess(Authentication authentication,
                                                 @Valid @RequestBody NewProcessRequest request) {
        CollaborationAccess access = staffAccess.require(authentication, Role.COORDINATOR);
        UUID id = processes.create(access.collaborationId(), request.draft(), access.actor());
        var location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/processes/{id}").buildAndExpand(id).toUri();
        return ResponseEntity.created(location).body(new CreatedProcess(id, publicUrl(id)));
    }

    private String publicUrl(UUID processId) {
        return baseUrl + "/trajecten/" + processId;
    }
}
