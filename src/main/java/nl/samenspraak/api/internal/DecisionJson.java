package nl.samenspraak.api.internal;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.feedback.DecisionLimits;
import nl.samenspraak.feedback.DecisionState;
import nl.samenspraak.feedback.DecisionSummary;
import nl.samenspraak.feedback.DecisionUpdate;
import nl.samenspraak.feedback.NewDecision;

/** The JSON forms of decisions ("u zei, wij deden") and their updates in the API. */
final class DecisionJson {

    private DecisionJson() {}

    @Schema(name = "NewDecision", description = """
            A decision taken with residents' input. Linking inputs is not answering them: each input keeps its own
            answer. Authors of linked inputs are told about the decision in their own channel.""")
    record NewDecisionRequest(
            @Schema(example = "Five new benches in the park", maxLength = DecisionLimits.TITLE,
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @Size(max = DecisionLimits.TITLE) String title,
            @Schema(description = "What was decided, in plain language", maxLength = DecisionLimits.TEXT,
                    example = "The council places five benches along the walking route this spring.",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @Size(max = DecisionLimits.TEXT) String text,
            @Schema(description = "Who took the decision: an office or body, not a person's name",
                    example = "The mayor and aldermen", maxLength = DecisionLimits.DECIDED_BY,
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @Size(max = DecisionLimits.DECIDED_BY) String decidedBy,
            @Schema(description = "The day it was decided; not in the future", example = "2026-03-02",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            LocalDate decidedOn,
            @Schema(description = "Why it was decided (optional)", maxLength = DecisionLimits.REASONS)
            @Size(max = DecisionLimits.REASONS) String reasons,
            @ArraySchema(maxItems = DecisionLimits.INPUTS, arraySchema = @Schema(description = "The inputs of this "
                    + "process the decision answers. An input of another process or collaboration: 422, nothing stored."),
                    schema = @Schema(description = "Input id"))
            @Size(max = DecisionLimits.INPUTS) List<@NotNull UUID> inputIds) {

        NewDecision draft() {
            return new NewDecision(title, text, decidedBy, decidedOn, reasons, inputIds);
        }
    }

    @Schema(name = "CreatedDecision")
    record CreatedDecision(UUID id,
                           @Schema(description = "The decision's public page, readable without an account")
                           String publicUrl) {}

    @Schema(name = "DecisionUpdate", description = "News about carrying out a decision.")
    record UpdateRequest(
            @Schema(description = "How far the decision has come. DELAYED and STOPPED need a text with the reason.",
                    example = "DELAYED", requiredMode = Schema.RequiredMode.REQUIRED)
            DecisionState state,
            @Schema(description = "What happened, or why it is delayed or stopped", maxLength = DecisionLimits.UPDATE_TEXT,
                    example = "The supplier delivers the benches two months later.")
            @Size(max = DecisionLimits.UPDATE_TEXT) String text,
            @Schema(description = "The day of this news; not in the future nor before the decision", example = "2026-04-15",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            LocalDate date) {}

    @Schema(name = "DecisionUpdateCreated")
    record UpdateView(@Schema(description = "Counts from 1 per decision") int number, DecisionState state,
                      String text, LocalDate date) {

        static UpdateView of(DecisionUpdate update) {
            return new UpdateView(update.number(), update.state(), update.text(), update.date());
        }
    }

    @Schema(name = "LinkedDecision", description = "A decision an input is linked to.")
    record DecisionRef(UUID id, String title, DecisionState state) {

        static DecisionRef of(DecisionSummary summary) {
            return new DecisionRef(summary.id().value(), summary.title(), summary.state());
        }
    }
}
