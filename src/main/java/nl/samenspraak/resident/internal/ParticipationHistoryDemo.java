package nl.samenspraak.resident.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.samenspraak.platform.DemoContributor;
import nl.samenspraak.platform.DemoOnly;
import nl.samenspraak.resident.ContactChannel;
import nl.samenspraak.resident.Participations;
import nl.samenspraak.resident.ResidentDetails;
import nl.samenspraak.resident.Residents;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Three years of taking part for texel, heerenveen and mijnstreek, so reach, retention and inclusion have a trend
 * over twelve quarters (issue 13): thirty residents without contact details, each with the voluntary answers of
 * "wie doet mee", who came to the collaboration's gatherings over the years. More came each year; some stopped.
 * Recorded on their own dates through {@link Participations#recordEarlier}, which no web path calls.
 */
@Component
@DemoOnly
@Order(15)
class ParticipationHistoryDemo implements DemoContributor {

    static final Set<String> SLUGS = Set.of("texel", "heerenveen", "mijnstreek");
    static final int PEOPLE = 30;
    static final int QUARTERS = 12;

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final List<String> CHANNELS = List.of("ONLINE", "STAFF", "DOOR_TO_DOOR", "PHONE", "PAPER");
    private static final List<String> AGES = List.of("A75", "A65_74", "A45_64", "A65_74", "A25_44", "A45_64", "A16_24");

    private final Residents residents;
    private final Participations participations;
    private final Demographics demographics;

    ParticipationHistoryDemo(Residents residents, Participations participations, Demographics demographics) {
        this.residents = residents;
        this.participations = participations;
        this.demographics = demographics;
    }

    @Override
    public void contribute(DemoCollaboration c) {
        if (!SLUGS.contains(c.slug())) {
            return;
        }
        LocalDate today = c.today();
        LocalDate thisQuarter = LocalDate.of(today.getYear(), ((today.getMonthValue() - 1) / 3) * 3 + 1, 1);
        for (int i = 0; i < PEOPLE; i++) {
            UUID resident = residents.register(c.collaborationId(),
                    new ResidentDetails(null, null, null, null, ContactChannel.NONE, "nl"));
            Map<Dimension, String> own = new EnumMap<>(Dimension.class);
            own.put(Dimension.AGE, AGES.get(i % AGES.size()));
            own.put(Dimension.GENDER, i % 5 < 3 ? "WOMAN" : "MAN");
            if (i % 4 != 3) {
                own.put(Dimension.EDUCATION, i % 3 == 0 ? "LOW" : i % 3 == 1 ? "MIDDLE" : "HIGH");
            }
            demographics.save(c.collaborationId(), resident, own, true);
            String channel = CHANNELS.get(i % CHANNELS.size());
            for (int k = 0; k < QUARTERS; k++) {
                if (!takesPart(i, k)) {
                    continue;
                }
                LocalDate day = thisQuarter.minusMonths(3L * (QUARTERS - 1 - k)).plusDays(7 + (i * 3L) % 70);
                java.time.Instant at = day.isBefore(today) ? day.atTime(19, 30).atZone(ZONE).toInstant()
                        : today.atStartOfDay(ZONE).toInstant();
                participations.recordEarlier(c.collaborationId(), resident, new Participations.Participation(
                        Participations.Kind.MEETING, null, null, null, channel, null), at);
            }
        }
    }

    /**
     * Whether resident {@code i} took part in quarter {@code k} (0 is three years ago): the group grows from 14 to 25,
     * one in five skips a quarter now and then, and every sixth resident stopped after a year or two.
     */
    static boolean takesPart(int i, int k) {
        if (i >= 14 + k) {
            return false;
        }
        if (i % 6 == 5 && k > 4 + i % 5) {
            return false;
        }
        return (i + k) % 5 != 0;
    }
}
