package nl.samenspraak.resident.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.platform.DemoContributor;
import nl.samenspraak.platform.DemoOnly;
import nl.samenspraak.resident.ContactChannel;
import nl.samenspraak.resident.Participations;
import nl.samenspraak.resident.ResidentDetails;
import nl.samenspraak.resident.Residents;
import org.springframework.stereotype.Component;

/**
 * Demo data for "who is at the table": a population area for the rich collaborations and, for
 * texel, a pool of 40 residents whose voluntary answers lean the way real pools often do (older,
 * highly educated, hardly any young people or people with a migration background). Every
 * population figure here is invented for the demo: it has the order of magnitude of CBS figures
 * for the area, but it is not CBS data.
 */
@Component
@DemoOnly
class ResidentDemo implements DemoContributor {

    private static final String ACTOR = "demo";

    private final Populations populations;
    private final Residents residents;
    private final Participations participations;
    private final Demographics demographics;
    private final Collaborations collaborations;

    ResidentDemo(Populations populations, Residents residents, Participations participations, Demographics demographics,
                 Collaborations collaborations) {
        this.populations = populations;
        this.residents = residents;
        this.participations = participations;
        this.demographics = demographics;
        this.collaborations = collaborations;
    }

    @Override
    public void contribute(DemoCollaboration c) {
        switch (c.slug()) {
            case "texel" -> {
                area(c, "Texel", population(
                        new long[] {1_100, 2_400, 3_900, 2_200, 1_800}, new long[] {5_750, 5_650},
                        postcodes("1791", 6_050, "1792", 980, "1793", 360, "1794", 1_120, "1795", 1_290,
                                "1796", 1_050, "1797", 550),
                        new long[] {1_700, 9_700}, new long[] {10_250, 720, 430},
                        new long[] {3_600, 4_900, 2_900}, new long[] {3_800, 4_300, 3_300}));
                pool(c);
            }
            case "heerenveen" -> area(c, "Gemeente Heerenveen", population(
                    new long[] {5_000, 11_000, 14_000, 6_500, 5_500}, new long[] {21_200, 20_800},
                    postcodes("8441", 3_800, "8442", 5_200, "8443", 4_900, "8444", 4_100, "8445", 3_600,
                            "8446", 4_300, "8447", 5_000, "8448", 3_900, "8453", 2_400, "8455", 2_100,
                            "8458", 2_700),
                    new long[] {6_300, 35_700}, new long[] {37_000, 2_200, 2_800},
                    new long[] {13_400, 17_600, 11_000}, new long[] {14_300, 15_100, 12_600}));
            case "mijnstreek" -> area(c, "Parkstad", population(
                    new long[] {20_000, 45_000, 62_000, 38_000, 45_000}, new long[] {107_000, 103_000},
                    postcodes("6411", 14_000, "6412", 16_500, "6413", 15_000, "6415", 12_500, "6417", 18_000,
                            "6418", 17_000, "6441", 22_000, "6443", 21_000, "6461", 24_000, "6465", 20_000,
                            "6371", 16_000, "6373", 14_000),
                    new long[] {42_000, 168_000}, new long[] {168_000, 26_000, 16_000},
                    new long[] {78_000, 82_000, 50_000}, new long[] {84_000, 76_000, 50_000}));
            default -> { }
        }
    }

    private void area(DemoCollaboration c, String name, Map<Dimension, Map<String, Long>> counts) {
        UUID area = populations.createArea(c.collaborationId(), name, c.coordinatorId(), ACTOR);
        populations.replace(c.collaborationId(), area, List.of(Dimension.values()), counts, c.coordinatorId(), ACTOR,
                "import");
    }

    /** Counts in the order of {@link Dimension#groups()}; gender "other" is not counted by CBS, so left out. */
    private static Map<Dimension, Map<String, Long>> population(long[] age, long[] womenMen, Map<String, Long> postcodes,
                                                               long[] disability, long[] migration, long[] education,
                                                               long[] income) {
        Map<Dimension, Map<String, Long>> counts = new EnumMap<>(Dimension.class);
        counts.put(Dimension.AGE, groups(Dimension.AGE, age));
        counts.put(Dimension.GENDER, groups(Dimension.GENDER, womenMen));
        counts.put(Dimension.POSTCODE, postcodes);
        counts.put(Dimension.DISABILITY, groups(Dimension.DISABILITY, disability));
        counts.put(Dimension.MIGRATION, groups(Dimension.MIGRATION, migration));
        counts.put(Dimension.EDUCATION, groups(Dimension.EDUCATION, education));
        counts.put(Dimension.INCOME, groups(Dimension.INCOME, income));
        return counts;
    }

    /** Postcode areas and their people, in pairs. */
    private static Map<String, Long> postcodes(Object... areasAndPeople) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (int i = 0; i < areasAndPeople.length; i += 2) {
            map.put((String) areasAndPeople[i], ((Integer) areasAndPeople[i + 1]).longValue());
        }
        return map;
    }

    private static Map<String, Long> groups(Dimension d, long[] people) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (int i = 0; i < people.length; i++) {
            map.put(d.groups().get(i), people[i]);
        }
        return map;
    }

    /**
     * 40 pool members, each answering some or all questions with consent. Per question the answers
     * are a fixed mix (so the page always names the same gaps), dealt out at random over the people.
     * The biggest groups stay at 10 or more, so the page has figures to show and not only "fewer than 10".
     */
    private void pool(DemoCollaboration c) {
        int people = 40;
        Random random = new Random(c.slug().hashCode());
        Map<Dimension, List<String>> answers = new EnumMap<>(Dimension.class);
        answers.put(Dimension.AGE, mix(random, people, "A25_44", 4, "A45_64", 12, "A65_74", 14, "A75", 10));
        answers.put(Dimension.GENDER, mix(random, people, "WOMAN", 24, "MAN", 16));
        answers.put(Dimension.POSTCODE, mix(random, people, "1791", 19, "1796", 5, "1795", 5, "1794", 4, "1792", 3,
                "1797", 2));
        answers.put(Dimension.DISABILITY, mix(random, people, "YES", 10, "NO", 26));
        answers.put(Dimension.MIGRATION, mix(random, people, "DUTCH", 36, "EUROPE", 4));
        answers.put(Dimension.EDUCATION, mix(random, people, "LOW", 5, "MIDDLE", 12, "HIGH", 21));
        answers.put(Dimension.INCOME, mix(random, people, "LOW", 6, "MIDDLE", 12, "HIGH", 16));

        Map<String, UUID> organisations = new LinkedHashMap<>();
        collaborations.registeredOrganisations(c.collaborationId()).forEach(o -> organisations.put(o.name(), o.id()));
        // How they came in: most signed up themselves, the rest through a partner's conversation or at the door.
        List<String[]> ways = new ArrayList<>();
        addWays(ways, 16, "ONLINE", null);
        addWays(ways, 6, "ONLINE", "Zorgcoöperatie Texel Samen Beter");
        addWays(ways, 5, "STAFF", "Huisartsen op Texel");
        addWays(ways, 5, "STAFF", "Wijkverpleging Texel");
        addWays(ways, 8, "DOOR_TO_DOOR", "Welzijn op Texel");

        for (int i = 0; i < people; i++) {
            UUID resident = residents.register(c.collaborationId(),
                    new ResidentDetails(null, null, null, null, ContactChannel.NONE, "nl"));
            String[] way = ways.get(i);
            participations.record(c.collaborationId(), resident, new Participations.Participation(
                    Participations.Kind.POOL, null, null, null, way[0], way[1] == null ? null : organisations.get(way[1])));
            Map<Dimension, String> own = new EnumMap<>(Dimension.class);
            for (Map.Entry<Dimension, List<String>> e : answers.entrySet()) {
                String value = e.getValue().get(i);
                if (value != null) {
                    own.put(e.getKey(), value);
                }
            }
            demographics.save(c.collaborationId(), resident, own, true);
        }
    }

    private static void addWays(List<String[]> ways, int count, String channel, String organisation) {
        for (int i = 0; i < count; i++) {
            ways.add(new String[] {channel, organisation});
        }
    }

    /** Groups and how many chose each, shuffled over {@code people}; the rest left the question open (null). */
    private static List<String> mix(Random random, int people, Object... groupsAndCounts) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < groupsAndCounts.length; i += 2) {
            values.addAll(Collections.nCopies((Integer) groupsAndCounts[i + 1], (String) groupsAndCounts[i]));
        }
        while (values.size() < people) {
            values.add(null);
        }
        Collections.shuffle(values, random);
        return values;
    }
}
