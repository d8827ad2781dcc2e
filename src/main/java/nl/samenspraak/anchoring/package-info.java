/**
 * The anchoring monitor (verankering): per collaboration the evidence for the six anchoring
 * strategies of seed 004 chapter 4, what is in place, what is missing and what runs out within
 * twelve months. Its API is {@link nl.samenspraak.anchoring.Anchoring} and its value types.
 */
package nl.samenspraak.anchoring;
