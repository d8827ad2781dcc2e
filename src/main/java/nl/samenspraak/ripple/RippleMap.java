package nl.samenspraak.ripple;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.collaboration.CollaborationId;

/**
 * The ripple map of a collaboration: every activity its REM sessions looked back on, every effect told about
 * them, and what grew from what. It holds no names of residents or professionals: a teller is only a
 * {@link TellerKind}. Sessions add to the same map.
 *
 * @param activities the centre of the map, in the order they were first looked back on
 * @param effects    oldest added first
 * @param links      one per effect: what it grew from
 */
public record RippleMap(CollaborationId collaborationId, List<Activity> activities, List<Effect> effects,
                        List<Link> links) {

    public RippleMap {
        activities = List.copyOf(activities);
        effects = List.copyOf(effects);
        links = List.copyOf(links);
    }

    public boolean isEmpty() {
        return effects.isEmpty() && activities.isEmpty();
    }

    /**
     * A process, meeting or decision of the collaboration that a session looked back on.
     *
     * @param id    the id of the process, meeting or decision itself (unique on the map)
     * @param title its title when the session chose it
     */
    public record Activity(UUID id, ActivityKind kind, String title) {}

    /**
     * An effect as told in a session.
     *
     * @param whatChanged short: the label on the map
     * @param forWhom     who it changed for (a group, never a person's name)
     * @param story       the story in the teller's words
     * @param teller      who told it, without a name
     * @param happenedOn  when it happened, as told
     * @param sessionId   the session where it was told
     * @param told        the date of that session
     */
    public record Effect(UUID id, String whatChanged, String forWhom, boolean intended, Valence valence, Ring ring,
                         Capital capital, String story, TellerKind teller, LocalDate happenedOn, UUID sessionId,
                         LocalDate told) {}

    /**
     * "Grew from": {@code to} (an effect) grew from {@code from} (an activity or an effect).
     *
     * @param fromActivity true when {@code from} is an activity, false when it is an effect
     */
    public record Link(UUID from, boolean fromActivity, UUID to) {}
}
