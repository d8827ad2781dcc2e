/**
 * The self-assessment (zelfscan): residents and professionals rate the collaboration on the
 * handvatten, working elements and anchoring strategies; staff see where their views differ.
 * The yearly report reads a summary through {@link nl.samenspraak.selfscan.SelfScanSummaries}; the rest is internal.
 */
package nl.samenspraak.selfscan;
