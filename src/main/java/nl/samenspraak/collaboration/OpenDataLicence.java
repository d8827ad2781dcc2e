package nl.samenspraak.collaboration;

import java.util.Optional;

/**
 * The open licence a collaboration names for its open data. Only licences that let anyone reuse the data without
 * asking: a download that may not be reused is not open data.
 */
public enum OpenDataLicence {
    CC0_1_0("CC0 1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
    CC_BY_4_0("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"),
    CC_BY_SA_4_0("CC BY-SA 4.0", "https://creativecommons.org/licenses/by-sa/4.0/");

    /** Reuse is free, as long as the source is named: what most Dutch governments choose. */
    public static final OpenDataLicence DEFAULT = CC_BY_4_0;

    private final String title;
    private final String url;

    OpenDataLicence(String title, String url) {
        this.title = title;
        this.url = url;
    }

    /** The licence's own short name, the same in every language ("CC BY 4.0"). */
    public String title() {
        return title;
    }

    /** Where the licence text is. */
    public String url() {
        return url;
    }

    /** The licence for a form value or a stored name; empty for anything else. */
    public static Optional<OpenDataLicence> parse(String name) {
        for (OpenDataLicence licence : values()) {
            if (licence.name().equals(name)) {
                return Optional.of(licence);
            }
        }
        return Optional.empty();
    }
}
