package nl.samenspraak.anchoring.internal;

/** Project money ends with the project; structural money is part of a budget that recurs. */
enum FundingKind { PROJECT, STRUCTURAL }
