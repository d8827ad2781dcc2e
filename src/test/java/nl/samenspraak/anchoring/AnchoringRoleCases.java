package nl.samenspraak.anchoring;

import java.util.Map;
import java.util.UUID;
import nl.samenspraak.anchoring.internal.AnchoringTestData;
import org.springframework.context.ApplicationContext;

/** Evidence with a stored document, for the role matrix test: the path variables of the anchoring pages. */
public final class AnchoringRoleCases {

    private AnchoringRoleCases() {}

    public static Map<String, String> anEvidenceWithDocument(ApplicationContext context, UUID collaborationId) {
        return AnchoringTestData.anEvidenceWithDocument(context, collaborationId);
    }
}
