/**
 * The self-assessment (zelfscan): residents and professionals rate the collaboration on the
 * handvatten, working elements and anchoring strategies; staff see where their views differ.
 */
package nl.samenspraak.selfscan;
