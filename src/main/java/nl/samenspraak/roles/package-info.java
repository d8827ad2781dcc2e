/**
 * Rollen en rolafspraken (issue 13, handvat 1 and 6): each collaboration's catalogue of roles with what is expected
 * and what is offered, and who held which role when (residents, linked to their pool commitment, and staff).
 * Other modules read it through {@link nl.samenspraak.roles.CollaborationRoles}, which never returns names.
 */
package nl.samenspraak.roles;
