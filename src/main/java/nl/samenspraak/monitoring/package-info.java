/**
 * Whether participation in a collaboration keeps going: process indicators computed from the
 * other modules' data (answers on time, reach, retention, inclusion, first involvement, continuity,
 * residents in decision roles, the zelfscan gap), each with its trend per quarter.
 */
package nl.samenspraak.monitoring;
