/**
 * Residents a collaboration keeps in touch with outside a single input: meeting registrants, pool
 * members, people with a commitment or a claim. Holds their contact details once, in one place,
 * sends them messages in the channel they chose, gives them personal links instead of passwords,
 * and lets them see, download and erase what every module stores about them.
 *
 * <p>API: {@link nl.samenspraak.resident.Residents}, {@link nl.samenspraak.resident.ResidentMessages},
 * {@link nl.samenspraak.resident.PersonalDataViews}, {@link nl.samenspraak.resident.PrivacyLinks},
 * {@link nl.samenspraak.resident.Participations}, {@link nl.samenspraak.resident.InclusionFigures} and the interfaces other modules implement
 * ({@link nl.samenspraak.resident.PersonalDataHolder}, {@link nl.samenspraak.resident.ResidentFeatureLinks},
 * {@link nl.samenspraak.resident.ParticipationSeries}); pages, privacy requests, demographics and
 * representation live in {@code internal}.
 */
package nl.samenspraak.resident;
