/**
 * Gezamenlijke visie (issue 13, point 1): the collaboration's vision on participation, drafted by the
 * coordinator with comments and proposed wording from professionals and residents, published as kept,
 * comparable versions, public on the collaboration's page and reviewed once a year. Other modules read it
 * through {@link nl.samenspraak.vision.SharedVisions}.
 */
package nl.samenspraak.vision;
