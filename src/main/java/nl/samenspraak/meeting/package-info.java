/**
 * Meetings in places residents trust: venues with their accessibility, meetings with capacity,
 * registration with a waiting list, needs, confirmations, reminders and calendar files,
 * attendance, minutes and the input raised, and the continuity of recurring structures.
 * No other module calls it: its API is its id records; everything else is in {@code internal}.
 */
package nl.samenspraak.meeting;
