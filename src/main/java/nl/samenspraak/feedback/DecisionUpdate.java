package nl.samenspraak.feedback;

import java.time.LocalDate;

/** A dated step in carrying out a decision; {@code number} counts from 1 per decision. */
public record DecisionUpdate(int number, DecisionState state, String text, LocalDate date) {}
