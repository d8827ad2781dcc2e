package nl.samenspraak.pool.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import nl.samenspraak.pool.internal.Vocabulary.Energy;
import nl.samenspraak.pool.internal.Vocabulary.Interest;
import nl.samenspraak.pool.internal.Vocabulary.Way;

/** Something staff want residents for: a sounding-board evening, a phone interview, a walk. */
record Activity(UUID id, UUID collaborationId, String title, String description, Instant startsAt, BigDecimal hours,
                Way way, Interest interest, Energy energy, String createdBy, Instant createdAt, long seq) {}
