/**
 * Progress residents can see ("U zei, wij deden"): milestones, quick wins and honest delay notices
 * that staff add, public timelines of a process and a collaboration, and their Atom feeds.
 * Depends on process, input (it contributes to the public process page), feedback (decisions) and language
 * (a notice is checked for plain language before it is published).
 */
package nl.samenspraak.progress;
