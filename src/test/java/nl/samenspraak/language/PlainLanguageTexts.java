package nl.samenspraak.language;

/** Texts of plainly different difficulty, for tests that must hold whichever checker is behind PlainLanguage. */
public final class PlainLanguageTexts {

    /** Short sentences, everyday words. */
    public static final String EASY = "Wij willen een bankje bij de bushalte. Wat vindt u daarvan? Kom op dinsdag langs.";

    /** One long sentence of officialese and jargon: well above B1 for any sensible checker. */
    public static final String HARD = "De gemeentelijke maatwerkvoorzieningen inzake de Wet maatschappelijke "
            + "ondersteuning worden in het kader van de decentralisatie van het sociaal domein door de "
            + "verantwoordelijke beleidsmedewerkers geïmplementeerd teneinde de zelfredzaamheid en participatie "
            + "van kwetsbare burgers structureel te bevorderen.";

    private PlainLanguageTexts() {}
}
