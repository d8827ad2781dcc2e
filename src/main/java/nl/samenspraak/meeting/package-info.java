/**
 * Meetings in places residents trust: venues with their accessibility, meetings with capacity,
 * registration with a waiting list, needs, confirmations, reminders and calendar files,
 * attendance, minutes and the input raised, and the continuity of recurring structures.
 */
package nl.samenspraak.meeting;
