package nl.samenspraak.ripple;

/** What a REM session looks back on: the collaboration's own processes, meetings and decisions. */
public enum ActivityKind {
    PROCESS, MEETING, DECISION
}
