package nl.samenspraak.knowledge;

/**
 * The themes the research names as conditions for participation that works: the ten handvatten
 * of seed 000 plus "koppel terug" (seed 002), the five working elements (seed 004, chapter 3)
 * and the six anchoring strategies (seed 004, chapter 4). The key is stable: knowledge items
 * and scan statements refer to it, so it must never change once stored.
 */
public enum Theme {
    SHARED_VISION(Kind.HANDVAT, "gezamenlijke-visie"),
    INVOLVE_EARLY(Kind.HANDVAT, "vroeg-betrekken"),
    SAFE_ENVIRONMENT(Kind.HANDVAT, "veilige-omgeving"),
    SUPPORTIVE_LEADERSHIP(Kind.HANDVAT, "ondersteunend-leiderschap"),
    LARGER_ROLE(Kind.HANDVAT, "grotere-rol"),
    POWER_BALANCE(Kind.HANDVAT, "machtsverhoudingen"),
    MOTIVATIONS(Kind.HANDVAT, "motivaties"),
    QUICK_WINS(Kind.HANDVAT, "snelle-successen"),
    INVEST_IN_RESIDENTS(Kind.HANDVAT, "investeer-in-inwoners"),
    PARTICIPATION_ENVIRONMENT(Kind.HANDVAT, "participatieomgeving"),
    FEED_BACK(Kind.HANDVAT, "koppel-terug"),

    WISHES_AND_NEEDS(Kind.WORKING_ELEMENT, "wensen-en-behoeften"),
    PARTICIPATION_VISION(Kind.WORKING_ELEMENT, "visie-op-participatie"),
    OWNERSHIP(Kind.WORKING_ELEMENT, "eigenaarschap"),
    CONNECTING(Kind.WORKING_ELEMENT, "verbinden"),
    FLEXIBLE_APPROACH(Kind.WORKING_ELEMENT, "flexibele-aanpak"),

    KEY_PEOPLE(Kind.ANCHORING_STRATEGY, "sleutelpersonen"),
    INFRASTRUCTURE(Kind.ANCHORING_STRATEGY, "infrastructuur"),
    KNOWLEDGE_AND_TRAINING(Kind.ANCHORING_STRATEGY, "kennisdeling-en-training"),
    POLICY_ANCHORING(Kind.ANCHORING_STRATEGY, "beleidsverankering"),
    LEGAL_ANCHORING(Kind.ANCHORING_STRATEGY, "juridische-borging"),
    FINANCIAL_SUSTAINABILITY(Kind.ANCHORING_STRATEGY, "financiele-duurzaamheid");

    /** Which list of the seeds a theme belongs to. */
    public enum Kind { HANDVAT, WORKING_ELEMENT, ANCHORING_STRATEGY }

    private final Kind kind;
    private final String key;

    Theme(Kind kind, String key) {
        this.kind = kind;
        this.key = key;
    }

    public Kind kind() {
        return kind;
    }

    /** Stable identifier used in URLs, stored rows and seed files. */
    public String key() {
        return key;
    }

    public static java.util.Optional<Theme> byKey(String key) {
        for (Theme t : values()) {
            if (t.key.equals(key)) {
                return java.util.Optional.of(t);
            }
        }
        return java.util.Optional.empty();
    }
}
