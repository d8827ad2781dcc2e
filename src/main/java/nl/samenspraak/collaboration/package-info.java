/**
 * Collaborations (samenwerkingsverbanden): the spaces of the platform, with their
 * region, target groups and member organisations. Every other owned row points here.
 */
package nl.samenspraak.collaboration;
