/**
 * The resident pool (inwonerpool): residents who agreed to be asked, with their interests, what
 * gives them energy and the limits they set; invitations that respect those limits; and
 * commitments (intentieverklaringen) for a role, agreed by both sides through a personal link.
 * Members who consented to hear what happens with the results get news of decisions (it listens to
 * {@code feedback}'s {@code DecisionChanged}). Its API is its id records and {@link nl.samenspraak.pool.PoolCommitments},
 * which the roles module reads to link role holders to their commitment; everything else is in {@code internal}.
 */
package nl.samenspraak.pool;
