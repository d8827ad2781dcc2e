/**
 * Shared kernel every other module may use: embedded PostgreSQL, time, web layout and languages,
 * the mail outbox, the audit trail, rate limits, the demo switch and the shared helpers
 * ({@link nl.samenspraak.platform.Hashing}, {@link nl.samenspraak.platform.Redirects},
 * {@link nl.samenspraak.platform.Ids}, {@link nl.samenspraak.platform.PageKeys},
 * {@link nl.samenspraak.platform.FormErrors}; the field fragments in {@code templates/fragments/forms.html}).
 * It is an open module and depends on no other.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.samenspraak.platform;
