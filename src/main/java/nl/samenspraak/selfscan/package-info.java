/**
 * The self-assessment (zelfscan): residents and professionals rate the collaboration on the
 * handvatten, working elements and anchoring strategies; staff see where their views differ.
 * No other module calls it; its API is {@link nl.samenspraak.selfscan.ScanRoundId}, the rest is internal.
 */
package nl.samenspraak.selfscan;
