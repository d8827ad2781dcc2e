/**
 * Collaborations (samenwerkingsverbanden): the spaces of the platform, with their region, target groups and member
 * organisations, and the platform administrator's pages that create and change them. Every other owned row points here.
 */
package nl.samenspraak.collaboration;
