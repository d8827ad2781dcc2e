/**
 * Demo content: the collaborations of the seeds with processes, inputs and answers, loaded
 * into an empty database on first start so that the platform feels alive.
 */
package nl.samenspraak.demo;
