package nl.samenspraak.collaboration;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * A collaboration (samenwerkingsverband): its slug, which is in addresses people bookmark and print, and its
 * profile, which the platform administrator may change.
 */
public record Collaboration(UUID id, String slug, String name, String region, String description,
                            List<String> targetGroups) {

    public Collaboration {
        description = description == null ? "" : description;
        targetGroups = targetGroups == null ? List.of() : List.copyOf(targetGroups);
    }

    public CollaborationId collaborationId() {
        return new CollaborationId(id);
    }

    /**
     * The collaboration with a new profile. The slug stays as it is, because people have bookmarked and printed
     * addresses that contain it.
     */
    public Collaboration withProfile(String name, String region, String description, List<String> targetGroups) {
        return new Collaboration(id, slug, name, region, description, targetGroups);
    }

    /** "ouderen, mantelzorgers,, jongeren" becomes three groups, each once, in the order typed. */
    public static List<String> targetGroupsFrom(String typed) {
        if (typed == null) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(Arrays.stream(typed.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList()));
    }
}
