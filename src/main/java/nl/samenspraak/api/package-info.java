/**
 * Integration API v1 under {@code /api/v1}: JSON for municipal and care systems to create
 * processes, send in input and answer it, with bearer tokens and problem+json errors.
 */
package nl.samenspraak.api;
