package nl.samenspraak.vision.internal;

/** What the coordinator did with a comment: not yet looked at, handled, used in the text, or not used. */
enum CommentStatus { OPEN, HANDLED, USED, NOT_USED }
