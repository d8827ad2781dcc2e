/**
 * Residents a collaboration keeps in touch with outside a single input: meeting registrants, pool
 * members, people with a commitment or a claim. Holds their contact details once, in one place,
 * sends them messages in the channel they chose, gives them personal links instead of passwords,
 * and lets them see, download and erase what every module stores about them.
 */
package nl.samenspraak.resident;
