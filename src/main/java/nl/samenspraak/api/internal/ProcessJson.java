package nl.samenspraak.api.internal;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.process.InfluencePromise;
import nl.samenspraak.process.ParticipationLevel;
import nl.samenspraak.process.Phase;
import nl.samenspraak.process.Process;
import nl.samenspraak.process.ProcessDraft;

/** The JSON forms of a process in the API; the domain's {@link ProcessDraft} never binds to JSON itself. */
final class ProcessJson {

    private ProcessJson() {}

    @Schema(name = "Promise", description = "The influence promise: what is open, what is fixed, who decides and when.")
    record PromiseJson(
            @Schema(description = "What residents can still influence", example = "Which activities start in the area.")
            @Size(max = 2000) String open,
            @Schema(description = "What is already fixed", example = "The budget is fixed.")
            @Size(max = 2000) String fixed,
            @Schema(description = "Who takes the decision", example = "The alderman for care")
            @Size(max = 2000) String decides,
            @Schema(description = "When the decision is taken", example = "In June")
            @Size(max = 2000) String when) {

        static PromiseJson of(InfluencePromise promise) {
            return new PromiseJson(promise.open(), promise.fixed(), promise.decides(), promise.when());
        }
    }

    @Schema(name = "Phase", description = "A dated phase of the process.")
    record PhaseJson(
            @Schema(example = "Collecting ideas", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank @Size(max = 200) String name,
            @Schema(example = "2026-03-01", requiredMode = Schema.RequiredMode.REQUIRED) @NotNull LocalDate startsOn,
            @Schema(example = "2026-04-15", requiredMode = Schema.RequiredMode.REQUIRED) @NotNull LocalDate endsOn) {

        static PhaseJson of(Phase phase) {
            return new PhaseJson(phase.name(), phase.startsOn(), phase.endsOn());
        }
    }

    @Schema(name = "NewProcess", description = "A new participation process.")
    record NewProcessRequest(
            @Schema(example = "Loneliness in the neighbourhood", maxLength = 200, requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank @Size(max = 200) String title,
            @Schema(example = "We want to know what helps you feel less alone.", maxLength = 5000,
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank @Size(max = 5000) String summary,
            @Schema(description = "The residents' role on the participation ladder", example = "CONSULTING",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull ParticipationLevel participationLevel,
            @Schema(description = "Every input gets an answer within this many days of receipt", example = "14",
                    minimum = "1", maximum = "365", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull @Min(1) @Max(365) Integer answerWithinDays,
            @ArraySchema(maxItems = 20, schema = @Schema(example = "loneliness", maxLength = 100))
            @Size(max = 20) List<@Size(max = 100) String> themes,
            @ArraySchema(maxItems = 20, schema = @Schema(example = "older residents", maxLength = 100))
            @Size(max = 20) List<@Size(max = 100) String> targetGroups,
            @Schema(example = "Town centre", maxLength = 200) @Size(max = 200) String area,
            @Valid PromiseJson promise,
            @Schema(description = "The phase in which residents are first involved", example = "Collecting ideas",
                    maxLength = 200)
            @Size(max = 200) String firstInvolvedPhase,
            @ArraySchema(maxItems = 20) @Size(max = 20) List<@NotNull @Valid PhaseJson> phases) {

        ProcessDraft draft() {
            InfluencePromise influence = promise == null ? null
                    : new InfluencePromise(promise.open(), promise.fixed(), promise.decides(), promise.when());
            List<Phase> dated = phases == null ? List.of()
                    : phases.stream().map(p -> new Phase(p.name(), p.startsOn(), p.endsOn())).toList();
            return new ProcessDraft(title, summary, themes, targetGroups, area, participationLevel, influence,
                    answerWithinDays, firstInvolvedPhase, dated);
        }
    }

    @Schema(name = "CreatedProcess")
    record CreatedProcess(UUID id,
                          @Schema(description = "The public page of the process, for residents",
                                  example = "https://samenspraak.example/trajecten/3f2b6c1e-8d4a-4b7e-9c1f-2a5d8e7b6c4a")
                          String publicUrl) {}

    @Schema(name = "Process")
    record ProcessView(UUID id, String title, String summary, List<String> themes, List<String> targetGroups,
                       String area, ParticipationLevel participationLevel, PromiseJson promise, int answerWithinDays,
                       String firstInvolvedPhase, List<PhaseJson> phases,
                       @Schema(description = "The public page of the process, for residents") String publicUrl) {

        static ProcessView of(Process p, String publicUrl) {
            return new ProcessView(p.id(), p.title(), p.summary(), p.themes(), p.targetGroups(), p.area(), p.level(),
                    PromiseJson.of(p.promise()), p.answerWithinDays(), p.firstInvolvedPhase(),
                    p.phases().stream().map(PhaseJson::of).toList(), publicUrl);
        }
    }

    @Schema(name = "ProcessList")
    record ProcessList(@ArraySchema(schema = @Schema(implementation = ProcessView.class)) List<ProcessView> items) {}
}
