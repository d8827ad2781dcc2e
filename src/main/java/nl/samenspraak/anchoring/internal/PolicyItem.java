package nl.samenspraak.anchoring.internal;

/** The four signs of policy anchoring (seed 004, chapter 4); all four make the strategy in place. */
enum PolicyItem { FIXED_AGENDA_ITEM, RESIDENTS_ON_BOARD, ADVISORY_BODY, BOARD_COMMITMENT }
