/**
 * Participation processes (trajecten): what residents are asked, their role on the
 * participation ladder, the influence promise and the dated phases.
 */
package nl.samenspraak.process;
