/**
 * The self-assessment (zelfscan): residents and professionals rate the collaboration on the
 * handvatten, working elements and anchoring strategies; staff see where their views differ.
 * Its API is {@link nl.samenspraak.selfscan.ScanRoundId}, {@link nl.samenspraak.selfscan.ScanGaps} (read by
 * monitoring) and {@link nl.samenspraak.selfscan.SelfScanSummaries} (read by the yearly report); the rest is internal.
 */
package nl.samenspraak.selfscan;
