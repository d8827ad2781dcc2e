/**
 * Integration API v1 under {@code /api/v1}: JSON for municipal and care systems to create
 * processes, send in input and answer it, with bearer tokens and problem+json errors; and the
 * plain-language check (language module), open to everyone without a token.
 * It has no API of its own: everything is in {@code api.internal}, and it calls the other modules' facades.
 * No @ApplicationModuleTest because the module has no facade to call: its use cases are HTTP endpoints
 * behind bearer tokens (account) over input, feedback and process, which IntegrationApiTest and
 * InputLimitsTest run against the whole application.
 */
package nl.samenspraak.api;
