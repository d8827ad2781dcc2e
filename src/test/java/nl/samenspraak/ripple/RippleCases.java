package nl.samenspraak.ripple;

import java.time.LocalDate;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/**
 * A REM session with one effect, as the path variables of the ripple pages ({@code {remSessionId}},
 * {@code {effectId}}), for the role matrix, isolation and journey tests. Made by the module's internals,
 * found through META-INF/services so tests elsewhere never touch {@code ripple.internal}.
 */
public interface RippleCases {

    Map<String, String> aSessionWithAnEffect(ApplicationContext context, UUID collaborationId, UUID processId,
                                             LocalDate today);

    /**
     * A session in which the resident {@code name} took part and told an effect, for privacy tests: REM keeps
     * residents by the name they gave, not by a resident record.
     */
    void aSessionWithAResident(ApplicationContext context, UUID collaborationId, UUID processId, String name,
                               LocalDate today);

    static void withAResident(ApplicationContext context, UUID collaborationId, UUID processId, String name,
                              LocalDate today) {
        ServiceLoader.load(RippleCases.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no RippleCases in META-INF/services"))
                .aSessionWithAResident(context, collaborationId, processId, name, today);
    }

    static Map<String, String> of(ApplicationContext context, UUID collaborationId, UUID processId, LocalDate today) {
        return ServiceLoader.load(RippleCases.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no RippleCases in META-INF/services"))
                .aSessionWithAnEffect(context, collaborationId, processId, today);
    }
}
