/**
 * Participation processes (trajecten): what residents are asked, their role on the participation ladder, the
 * influence promise and the dated phases; {@link nl.samenspraak.process.Process} keeps their rules.
 */
package nl.samenspraak.process;
