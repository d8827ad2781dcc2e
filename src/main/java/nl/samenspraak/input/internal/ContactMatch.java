package nl.samenspraak.input.internal;

/** How an author's contact rows are found again by the person they belong to, as one rule for every use. */
public final class ContactMatch {

    /**
     * The author's contact rows ({@code c}) with this e-mail address, these phone digits, or this
     * name at this postal address (both: a housemate's input is not theirs), as
     * one rule for every module.
     */
    public static final String MATCH = """
             
            c.collaboration_id = :c AND (
                (CAST(:email AS text) IS NOT NULL AND lower(c.email) = lower(:email))
                OR (CAST(:phone AS text) IS NOT NULL AND regexp_replace(c.phone, '[^0-9+]', '', 'g') = :phone)
                OR (CAST(:address AS text) IS NOT NULL AND CAST(:name AS text) IS NOT NULL
                    AND regexp_replace(lower(c.postal_address), '[^[:alnum:]]', '', 'g')
                        = regexp_replace(lower(:address), '[^[:alnum:]]', '', 'g')
                    AND regexp_replace(lower(c.name), '[^[:alnum:]]', '', 'g')
                        = regexp_replace(lower(:name), '[^[:alnum:]]', '', 'g')))
            """;

    /** Phone numbers are typed with spaces and dashes; compare the digits (and a leading +). */
    public static String digits(String phone) {
        if (phone == null) {
            return null;
        }
        String d = phone.replaceAll("[^0-9+]", "");
        return d.isEmpty() ? null : d;
    }

    /** Names and addresses are compared by their letters and digits only (in SQL); blank counts as unknown. */
    public static String letters(String text) {
        return text == null || text.replaceAll("[\\s\\p{Punct}]", "").isEmpty() ? null : text;
    }

    private ContactMatch() {}
}
