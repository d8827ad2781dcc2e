package nl.samenspraak.input;

import java.util.List;
import java.util.UUID;
import nl.samenspraak.input.internal.Inputs;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The small API through which the {@code feedback} module answers inputs: it loads the inputs
 * locked for answering, lets {@link Input#answer} apply the rules, and saves the result here.
 * Both calls belong in the caller's transaction.
 */
@Service
public class InputAnswers {

    private final Inputs inputs;

    InputAnswers(Inputs inputs) {
        this.inputs = inputs;
    }

    /** The inputs of one collaboration with these ids, in intake order, locked until the transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Input> lockForAnswer(UUID collaborationId, List<InputId> inputIds) {
        return inputs.findForUpdate(collaborationId, inputIds.stream().map(InputId::value).toList());
    }

    /** Stores the status and answer of an input returned by {@link Input#answer}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void saveAnswer(Input answered, UUID answeredBy) {
        inputs.saveAnswer(answered, answeredBy);
    }
}
