package nl.samenspraak.collaboration;

import java.util.List;
import java.util.UUID;

public record Collaboration(UUID id, String slug, String name, String region, String description,
                            List<String> targetGroups) {}
