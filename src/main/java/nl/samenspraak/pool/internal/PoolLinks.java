package nl.samenspraak.pool.internal;

import java.time.Duration;

/** The purposes and lifetimes of the personal links the pool gives out. */
final class PoolLinks {

    private PoolLinks() {}

    static final String POOL = "pool";
    static final String INVITATION = "invitation";
    static final String COMMITMENT = "commitment";
    static final String DEMOGRAPHICS = "demographics";
    /** "No more news about this process" in a mail about a decision; its subject is the process. */
    static final String RESULT_NEWS = "result-news";

    /** Long: a member keeps the same page as long as they take part; leaving revokes it. */
    static final Duration MEMBER_PAGE = Duration.ofDays(2 * 366);
    static final Duration SHORT = Duration.ofDays(30);
    /** Opened from the privacy page right away; the long-lived link stays in the welcome mail. */
    static final Duration FROM_PRIVACY_PAGE = Duration.ofDays(1);
}
