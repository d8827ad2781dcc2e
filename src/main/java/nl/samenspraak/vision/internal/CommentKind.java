package nl.samenspraak.vision.internal;

/** A remark on the draft, or a proposal for other wording ("voorstel voor andere tekst"). */
enum CommentKind { COMMENT, PROPOSAL }
