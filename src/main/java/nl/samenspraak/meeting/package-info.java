/**
 * Meetings in places residents trust: venues with their accessibility, meetings with capacity,
 * registration with a waiting list, needs, confirmations, reminders and calendar files,
 * attendance, minutes and the input raised, and the continuity of recurring structures.
 * Its API: its id records and {@link nl.samenspraak.meeting.SeriesContinuity}; everything else is in {@code internal}.
 */
package nl.samenspraak.meeting;
