package nl.samenspraak.anchoring;

import java.util.Map;
import java.util.ServiceLoader;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/**
 * Evidence with a stored document, for the role matrix and isolation tests: the path variables of the anchoring
 * pages. Making it needs the module's internals, which only tests in {@code anchoring.internal} may use; the
 * implementation there is found through {@link ServiceLoader} (META-INF/services).
 */
public interface AnchoringRoleCases {

    Map<String, String> evidenceWithDocument(ApplicationContext context, UUID collaborationId);

    static Map<String, String> anEvidenceWithDocument(ApplicationContext context, UUID collaborationId) {
        return ServiceLoader.load(AnchoringRoleCases.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no AnchoringRoleCases in META-INF/services"))
                .evidenceWithDocument(context, collaborationId);
    }
}
