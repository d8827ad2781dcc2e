/**
 * Progress residents can see ("U zei, wij deden"): milestones, quick wins and honest delay notices
 * that staff add, public timelines of a process and a collaboration, and their Atom feeds.
 * Depends on process, input (it contributes to the public process page) and feedback (decisions).
 */
package nl.samenspraak.progress;
