package nl.samenspraak.pool.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The fixed lists the pool speaks in. Names are stored as text, so they must never change;
 * the words people read come from the bundle ({@code pool.<list>.<NAME>}).
 */
final class Vocabulary {

    private Vocabulary() {}

    /** Themes a member cares about: the fields of health and welfare collaborations. */
    enum Interest { LONELINESS, INFORMAL_CARE, ELDERLY, YOUTH, HEALTH, MENTAL_HEALTH, HOUSING, MONEY, NEIGHBOURHOOD, EXERCISE }

    /** What gives a member energy (seed 000: "sluit aan bij de motivaties"). */
    enum Energy { THINKING_ALONG, DECIDING_ALONG, BUDDY, LIVED_EXPERIENCE, ORGANISING }

    enum DayPart { MORNING, AFTERNOON, EVENING }

    /** How an activity takes place, and which of these a member accepts. */
    enum Way { IN_PERSON, VIDEO, PHONE, IN_WRITING }

    /** What a member gave consent for; each is recorded on its own. */
    enum Purpose { INVITATIONS, RESULTS }

    /** How consent was given: online by the resident, or to staff in a conversation, by phone or on paper. */
    enum ConsentHow { ONLINE, IN_PERSON, PHONE, PAPER_FORM }

    /** Roles a commitment is for (seed 004 ch. 4: key people who anchor participation). */
    enum Role { SOUNDING_BOARD, RESIDENT_BOARD_MEMBER, NEIGHBOURHOOD_CONNECTOR, EXPERIENCED_EXPERT, OTHER }

    /** The value of {@code type} named {@code name}, or empty for anything else a browser may send. */
    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
        if (name == null || name.isBlank() || name.length() > 40) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** All values named in {@code names}; null when one of them is not a value (a tampered form). */
    static <E extends Enum<E>> Set<E> parseAll(Class<E> type, Collection<String> names) {
        Set<E> values = EnumSet.noneOf(type);
        if (names == null) {
            return values;
        }
        for (String name : names) {
            Optional<E> value = parse(type, name);
            if (value.isEmpty()) {
                return null;
            }
            value.ifPresent(values::add);
        }
        return values;
    }

    static List<String> names(Collection<? extends Enum<?>> values) {
        List<String> names = new ArrayList<>();
        for (Enum<?> value : values) {
            names.add(value.name());
        }
        return names;
    }
}
