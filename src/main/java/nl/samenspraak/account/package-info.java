/**
 * Staff accounts, roles per collaboration, login (web and API tokens) and the
 * server-side check that a user may act in a collaboration.
 */
package nl.samenspraak.account;
