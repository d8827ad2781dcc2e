/**
 * The resident pool (inwonerpool): residents who agreed to be asked, with their interests, what
 * gives them energy and the limits they set; invitations that respect those limits; and
 * commitments (intentieverklaringen) for a role, agreed by both sides through a personal link.
 */
package nl.samenspraak.pool;
