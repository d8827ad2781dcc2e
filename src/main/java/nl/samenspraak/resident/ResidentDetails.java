package nl.samenspraak.resident;

/**
 * Contact details of a resident as given by them or by staff for them. Only the details the
 * chosen channel needs are required; the rest may be null.
 *
 * @param language "nl" or "en": the language messages to this resident are written in
 */
public record ResidentDetails(String name, String email, String phone, String postalAddress,
                              ContactChannel contactBy, String language) {}
