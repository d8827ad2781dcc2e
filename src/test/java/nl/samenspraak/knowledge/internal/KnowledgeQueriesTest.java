package nl.samenspraak.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.PageQueries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The lessons list and the knowledge search need the same few queries for 2 rows as for 20 (no N+1). */
class KnowledgeQueriesTest extends KnowledgeTest {

    @Autowired Fixtures fixtures;
    @Autowired Lessons lessons;

    @Test
    void lessonsListQueriesDoNotGrowWithTheNumberOfLessons() throws Exception {
        var small = fixtures.aCollaborationWithStaff();
        var full = fixtures.aCollaborationWithStaff();
        write(small, 2, "koffie");
        write(full, 20, "koffie");

        long smallQueries = lessonsPage(small);
        long fullQueries = lessonsPage(full);

        assertThat(smallQueries).isPositive().isLessThanOrEqualTo(8);
        assertThat(fullQueries).isEqualTo(smallQueries);
    }

    @Test
    void searchQueriesDoNotGrowWithTheNumberOfCollaborationsThatSharedALesson() throws Exception {
        String few = word();
        String many = word();
        for (int i = 0; i < 2; i++) {
            approved(fixtures.aCollaborationWithStaff(), few);
        }
        List<String> sharers = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            var world = fixtures.aCollaborationWithStaff();
            approved(world, many);
            sharers.add(world.collaboration().name());
        }

        long smallQueries = PageQueries.fewest(mvc, () -> get("/kennisbank").param("q", few));
        long fullQueries = PageQueries.fewest(mvc, () -> get("/kennisbank").param("q", many));

        assertThat(smallQueries).isPositive().isLessThanOrEqualTo(8);
        assertThat(fullQueries).isEqualTo(smallQueries);
        String page = mvc.perform(get("/kennisbank").param("q", many)).andReturn().getResponse().getContentAsString();
        assertThat(page).as("each lesson still names who shared it").contains(sharers.getFirst(), sharers.getLast());
    }

    private long lessonsPage(Fixtures.World world) throws Exception {
        return PageQueries.fewest(mvc, () -> get("/beheer/{slug}/lessen", world.collaboration().slug())
                .with(as(world.coordinatorEmail())));
    }

    private List<UUID> write(Fixtures.World world, int count, String word) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> lessons.write(world.collaboration().id(),
                new LessonDraft("Les " + i + " over de " + word, "We gingen langs met koffie en vroegen naar de " + word + ".",
                        "Ouderen in de wijk", "Veel mensen deden mee.", "Eerder beginnen.", List.of("test-klompenpraat"),
                        List.of("koppel-terug"), List.of("ouderen")), "test")).toList();
    }

    private void approved(Fixtures.World world, String word) {
        UUID id = write(world, 1, word).getFirst();
        lessons.requestSharing(world.collaboration().id(), id, "test");
        lessons.approve(id, "test");
    }

    /**
     * A word no other test's lesson contains, so the search finds exactly this test's lessons. Random from
     * its first letter: search also matches on the first part of long words, so a shared beginning would
     * let the two words of this test (and of earlier runs) find each other's lessons.
     */
    private static String word() {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
