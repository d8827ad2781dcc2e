package nl.samenspraak.pool.internal;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.samenspraak.pool.internal.Vocabulary.DayPart;
import nl.samenspraak.pool.internal.Vocabulary.Energy;
import nl.samenspraak.pool.internal.Vocabulary.Interest;
import nl.samenspraak.pool.internal.Vocabulary.Way;
import nl.samenspraak.resident.ContactChannel;
import nl.samenspraak.resident.ResidentDetails;

/** Intent-revealing pool data for tests; every call makes something new. */
final class PoolData {

    private PoolData() {}

    /** Available every day and day part, in every way, 10 hours and 4 asks a month. */
    static Profile anOpenProfile() {
        return new Profile(EnumSet.of(Interest.LONELINESS, Interest.ELDERLY), null, EnumSet.of(Energy.THINKING_ALONG),
                10, EnumSet.allOf(DayOfWeek.class), EnumSet.allOf(DayPart.class), 4, EnumSet.allOf(Way.class));
    }

    static Profile aProfile(int hours, Set<DayOfWeek> days, Set<DayPart> parts, int asks, Set<Way> ways) {
        return new Profile(EnumSet.of(Interest.LONELINESS), null, EnumSet.of(Energy.THINKING_ALONG), hours, days, parts,
                asks, ways);
    }

    static ResidentDetails byEmail(String name) {
        return new ResidentDetails(name, name.toLowerCase().replace(' ', '.') + "-" + UUID.randomUUID().toString()
                .substring(0, 6) + "@example.org", null, null, ContactChannel.EMAIL, "nl");
    }

    /** The public join form filled in as a resident would, by e-mail. */
    static Map<String, List<String>> aJoinForm(String email) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("name", List.of("Ans de Vries"));
        form.put("email", List.of(email));
        form.put("contactBy", List.of("EMAIL"));
        form.put("interests", List.of("LONELINESS", "ELDERLY"));
        form.put("energy", List.of("BUDDY"));
        form.put("hoursPerMonth", List.of("6"));
        form.put("days", List.of("TUESDAY", "THURSDAY"));
        form.put("dayParts", List.of("MORNING"));
        form.put("maxAsksPerMonth", List.of("2"));
        form.put("ways", List.of("IN_PERSON", "PHONE"));
        form.put("consentInvitations", List.of("true"));
        form.put("consentResults", List.of("true"));
        return form;
    }

    static Map<String, List<String>> with(Map<String, List<String>> form, String field, String... values) {
        Map<String, List<String>> copy = new LinkedHashMap<>(form);
        if (values.length == 0) {
            copy.remove(field);
        } else {
            copy.put(field, new ArrayList<>(List.of(values)));
        }
        return copy;
    }
}
