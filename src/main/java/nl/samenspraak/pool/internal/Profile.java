package nl.samenspraak.pool.internal;

import java.time.DayOfWeek;
import java.util.Set;
import nl.samenspraak.pool.internal.Vocabulary.DayPart;
import nl.samenspraak.pool.internal.Vocabulary.Energy;
import nl.samenspraak.pool.internal.Vocabulary.Interest;
import nl.samenspraak.pool.internal.Vocabulary.Way;

/**
 * What a member tells about themselves: what they care about, what gives them energy, and
 * the limits the platform must respect when anyone asks them for something.
 *
 * @param hoursPerMonth   at most this many hours a month, activities and commitments together
 * @param maxAsksPerMonth at most this many invitations a month
 */
record Profile(Set<Interest> interests, String interestsOther, Set<Energy> energy, int hoursPerMonth,
               Set<DayOfWeek> days, Set<DayPart> dayParts, int maxAsksPerMonth, Set<Way> ways) {

    static final int MAX_HOURS = 80;
    static final int MAX_ASKS = 31;
    static final int MAX_OTHER = 500;

    Profile {
        interests = Set.copyOf(interests);
        energy = Set.copyOf(energy);
        days = Set.copyOf(days);
        dayParts = Set.copyOf(dayParts);
        ways = Set.copyOf(ways);
    }
}
