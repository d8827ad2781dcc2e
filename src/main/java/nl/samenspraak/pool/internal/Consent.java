package nl.samenspraak.pool.internal;

import java.time.Instant;
import java.time.LocalDate;
import nl.samenspraak.pool.internal.Vocabulary.ConsentHow;
import nl.samenspraak.pool.internal.Vocabulary.Purpose;

/**
 * One entry of a member's consent record: granted or withdrawn, for which purpose, how, on
 * which day, and who wrote it down ({@code recordedBy} is null when the resident did it online).
 */
record Consent(Purpose purpose, boolean granted, ConsentHow how, LocalDate givenOn, String recordedBy,
               Instant recordedAt) {}
