/**
 * Shared kernel: embedded PostgreSQL, web layout and languages, the mail outbox,
 * the audit trail, rate limits and time. Every other module may use it.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.samenspraak.platform;
