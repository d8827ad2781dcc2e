package nl.samenspraak.input;

import java.util.UUID;

public record InputReceived(UUID inputId, UUID collaborationId, UUID processId, Channel channel) {}
