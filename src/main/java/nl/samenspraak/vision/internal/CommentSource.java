package nl.samenspraak.vision.internal;

/** How a comment came in: a resident's own link, typed by staff during a meeting, or a staff member's own. */
enum CommentSource { LINK, MEETING, STAFF }
