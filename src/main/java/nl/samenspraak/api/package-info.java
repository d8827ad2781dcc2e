/**
 * Integration API v1 under {@code /api/v1}: JSON for municipal and care systems to create
 * processes, send in input and answer it, with bearer tokens and problem+json errors.
 * It has no API of its own: everything is in {@code api.internal}, and it calls the other modules' facades.
 */
package nl.samenspraak.api;
