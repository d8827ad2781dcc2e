/**
 * The self-assessment (zelfscan): residents and professionals rate the collaboration on the
 * handvatten, working elements and anchoring strategies; staff see where their views differ.
 * Its API is {@link nl.samenspraak.selfscan.ScanRoundId} and {@link nl.samenspraak.selfscan.ScanGaps} (read by
 * monitoring); the rest is internal.
 */
package nl.samenspraak.selfscan;
