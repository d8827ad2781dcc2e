package nl.samenspraak.progress;

/**
 * What a timeline item tells residents. A delay notice is a kind of its own: residents drop out
 * when only good news comes, so bad news is published the same way, with its reason.
 */
public enum MilestoneKind {
    MILESTONE, QUICK_WIN, DELAY_NOTICE
}
