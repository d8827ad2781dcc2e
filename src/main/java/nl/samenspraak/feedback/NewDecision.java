package nl.samenspraak.feedback;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What staff or an integration type when recording a decision; checked by the decision itself. */
public record NewDecision(String title, String text, String decidedBy, LocalDate decidedOn, String reasons,
                          List<UUID> inputIds) {

    public NewDecision {
        inputIds = inputIds == null ? List.of() : List.copyOf(inputIds);
    }
}
