/**
 * Telling every author what was done with their input, in the way they chose: e-mail
 * through the outbox, a printable letter, or a call list to tick off.
 */
package nl.samenspraak.feedback;
