package nl.samenspraak.pool;

import java.time.Instant;
import java.time.LocalDate;
import nl.samenspraak.pool.Vocabulary.ConsentHow;
import nl.samenspraak.pool.Vocabulary.Purpose;

/**
 * One entry of a member's consent record: granted or withdrawn, for which purpose, how, on
 * which day, and who wrote it down ({@code recordedBy} is null when the resident did it online).
 */
record Consent(Purpose purpose, boolean granted, ConsentHow how, LocalDate givenOn, String recordedBy,
               Instant recordedAt) {}
