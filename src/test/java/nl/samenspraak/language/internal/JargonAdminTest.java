package nl.samenspraak.language.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspraak.AdminFixtures;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.account.StaffAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The platform administrator keeps the jargon list at /admin/taal: adds, changes, removes (also a shipped phrase)
 * and undoes, each audited and used by the checker's list at once; invalid input is refused with 422 next to the
 * field and stores nothing; the list pages by 50; only administrators get in; other nodes follow within a minute.
 */
class JargonAdminTest extends IntegrationTest {

    /** A phrase the shipped list has (language/nl/jargon.tsv). */
    private static final String SHIPPED = "maatwerkvoorziening";

    @Autowired StaffAccounts accounts;
    @Autowired Fixtures fixtures;
    @Autowired JargonList list;
    @Autowired JargonEdits edits;
    @Autowired JargonEditor editor;
    @Autowired JdbcClient jdbc;

    String admin;
    String unique;

    @BeforeEach
    void anAdministrator() {
        admin = AdminFixtures.aPlatformAdmin(accounts);
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void onlyPlatformAdministratorsReachTheList() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        String phrase = "alleen-beheer-" + unique;
        for (String staff : List.of(world.coordinatorEmail(), world.professionalEmail(), world.viewerEmail())) {
            assertThat(mvc.perform(get("/admin/taal").with(as(staff))).andReturn().getResponse().getStatus())
                    .isEqualTo(403);
            for (MockHttpServletRequestBuilder change : List.of(
                    post("/admin/taal").param("phrase", phrase).param("alternative", "iets"),
                    post("/admin/taal/verwijderen").param("zin", SHIPPED),
                    post("/admin/taal/terugzetten").param("zin", SHIPPED),
                    post("/admin/taal/wijzigen").param("zin", SHIPPED).param("alternative", "iets"))) {
                assertThat(mvc.perform(change.with(as(staff)).with(csrf())).andReturn().getResponse().getStatus())
                        .isEqualTo(403);
            }
        }
        assertThat(mvc.perform(get("/admin/taal")).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(edits.find(phrase)).isEmpty();
        assertThat(list.entries()).containsEntry(SHIPPED, list.shipped().get(SHIPPED));
        assertThat(mvc.perform(get("/admin").with(as(admin))).andReturn().getResponse().getContentAsString())
                .as("the administrator's start page links to the list").contains("href=\"/admin/taal\"");
    }

    @Test
    void anAdministratorAddsChangesRemovesAndUndoesAndEveryEditIsAudited() throws Exception {
        String phrase = "participatieverordening " + unique;

        MockHttpServletResponse added = send(post("/admin/taal").param("phrase", "  Participatieverordening  "
                + unique.toUpperCase() + " ").param("alternative", "regels over meedoen"));
        assertThat(added.getStatus()).isEqualTo(303);
        assertThat(added.getRedirectedUrl()).isEqualTo("/admin/taal?zoek=participatieverordening+" + unique);
        assertThat(list.entries()).as("kept in lower case, at once on this node")
                .containsEntry(phrase, "regels over meedoen");
        Page page = page("/admin/taal?zoek=" + unique);
        assertThat(page.phrases()).containsExactly(phrase);
        assertThat(page.rows().getFirst()).contains(phrase, "regels over meedoen",
                message("language.jargon.origin.ADDED"));

        assertThat(page("/admin/taal/wijzigen?zin=" + phrase.replace(" ", "%20")).html())
                .contains("value=\"regels over meedoen\"");
        assertThat(send(post("/admin/taal/wijzigen").param("zin", phrase).param("alternative", "afspraken over meedoen"))
                .getStatus()).isEqualTo(303);
        assertThat(list.entries()).containsEntry(phrase, "afspraken over meedoen");

        assertThat(send(post("/admin/taal/verwijderen").param("zin", phrase)).getStatus()).isEqualTo(303);
        assertThat(list.entries()).doesNotContainKey(phrase);
        assertThat(edits.find(phrase)).as("an added phrase is forgotten when removed").isEmpty();
        assertThat(send(post("/admin/taal/terugzetten").param("zin", phrase)).getStatus()).isEqualTo(404);

        assertThat(audited(phrase)).containsExactly("language.jargon.add/added", "language.jargon.change/changed",
                "language.jargon.remove/removed");
    }

    @Test
    void aShippedPhraseCanBeChangedOrRemovedAndThatCanBeUndone() throws Exception {
        String shippedAlternative = list.shipped().get(SHIPPED);
        try {
            send(post("/admin/taal/wijzigen").param("zin", SHIPPED).param("alternative", "hulp op maat " + unique));
            assertThat(list.entries()).containsEntry(SHIPPED, "hulp op maat " + unique);
            assertThat(page("/admin/taal?zoek=" + SHIPPED).rows().getFirst())
                    .contains(message("language.jargon.origin.CHANGED"), admin);
            send(post("/admin/taal/terugzetten").param("zin", SHIPPED));
            assertThat(list.entries()).containsEntry(SHIPPED, shippedAlternative);

            send(post("/admin/taal/verwijderen").param("zin", SHIPPED));
            assertThat(list.entries()).doesNotContainKey(SHIPPED);
            Page removed = page("/admin/taal?zoek=" + SHIPPED);
            assertThat(removed.rows().getFirst()).as("still listed, so that it can come back")
                    .contains(message("language.jargon.origin.REMOVED"), message("language.jargon.removedMark"),
                            message("language.jargon.undo"));
            assertThat(removed.html()).contains("action=\"/admin/taal/terugzetten\"")
                    .doesNotContain("action=\"/admin/taal/verwijderen\"");
            send(post("/admin/taal/terugzetten").param("zin", SHIPPED));
            assertThat(list.entries()).containsEntry(SHIPPED, shippedAlternative);
            assertThat(edits.find(SHIPPED)).isEmpty();
        } finally {
            edits.delete(SHIPPED);
            list.refresh();
        }
        assertThat(audited(SHIPPED)).containsSubsequence("language.jargon.change/changed",
                "language.jargon.undo/shipped-restored", "language.jargon.remove/removed",
                "language.jargon.undo/shipped-restored");
    }

    @Test
    void invalidInputIsRefusedNextToTheFieldAndStoresNothing() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM language_jargon_edit").query(Long.class).single();
        Map<String, Map<String, String>> cases = Map.of(
                "phrase", Map.of("phrase", "", "alternative", "iets"),
                "alternative", Map.of("phrase", "leeg-alternatief-" + unique, "alternative", "   "));
        for (var c : cases.entrySet()) {
            assertRefused(c.getValue().get("phrase"), c.getValue().get("alternative"), c.getKey());
        }
        assertRefused("tab\tin-" + unique, "iets", "phrase");
        assertRefused("regel-" + unique, "twee\nregels", "alternative");
        assertRefused("x".repeat(JargonForm.PHRASE_MAX + 1), "iets", "phrase");
        assertRefused("lang-" + unique, "y".repeat(JargonForm.ALTERNATIVE_MAX + 1), "alternative");
        assertRefused(SHIPPED.toUpperCase(), "dubbel", "phrase");
        assertRefused("groot-" + unique, "z".repeat(64 * 1024), "alternative");
        MockHttpServletResponse change = send(post("/admin/taal/wijzigen").param("zin", SHIPPED)
                .param("alternative", ""));
        assertThat(change.getStatus()).isEqualTo(422);
        assertThat(change.getContentAsString()).contains("aria-describedby=\"alternative-hint alternative-fout\"");
        assertThat(send(post("/admin/taal/wijzigen").param("zin", "bestaat-niet-" + unique).param("alternative", "x"))
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/admin/taal").param("zoek", "q".repeat(500)).with(as(admin))).andReturn()
                .getResponse().getStatus()).isEqualTo(422);
        assertThat(jdbc.sql("SELECT count(*) FROM language_jargon_edit").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void hostileTextIsShownAsText() throws Exception {
        String phrase = "<script>alert('" + unique + "')</script>";
        String alternative = "=HYPERLINK(\"x\") \u202eomgekeerd <b>vet</b>";
        try {
            assertThat(send(post("/admin/taal").param("phrase", phrase).param("alternative", alternative)).getStatus())
                    .isEqualTo(303);
            String html = mvc.perform(get("/admin/taal").param("zoek", unique).with(as(admin))).andReturn()
                    .getResponse().getContentAsString();
            assertThat(html).doesNotContain("<script>alert(").doesNotContain("<b>vet</b>")
                    .contains("&lt;script&gt;alert(");
            assertThat(html).contains("&lt;script&gt;alert(&#39;" + unique + "&#39;)&lt;/script&gt;");
        } finally {
            editor.remove(phrase, admin);
        }
    }

    @Test
    void theListIsPagedByFiftyInAlphabeticalOrder() throws Exception {
        String prefix = "pagina-" + unique + "-";
        for (int i = 0; i < 61; i++) {
            editor.add(new JargonForm(prefix + String.format("%02d", i), "woord " + i), admin);
        }
        try {
            Page first = page("/admin/taal?zoek=" + prefix);
            assertThat(first.phrases()).hasSize(JargonEditor.PAGE_SIZE);
            assertThat(first.phrases().getFirst()).isEqualTo(prefix + "00");
            String next = first.next();
            assertThat(next).contains("na=" + prefix + "49");

            Page second = page(next);
            assertThat(second.phrases()).containsExactly(prefix + "50", prefix + "51",
                    prefix + "52", prefix + "53", prefix + "54", prefix + "55", prefix + "56", prefix + "57",
                    prefix + "58", prefix + "59", prefix + "60");
            assertThat(second.next()).isNull();
            assertThat(page("/admin/taal").phrases()).as("the whole list, first page").hasSize(JargonEditor.PAGE_SIZE);
        } finally {
            for (int i = 0; i < 61; i++) {
                editor.remove(prefix + String.format("%02d", i), admin);
            }
        }
    }

    @Test
    void anotherNodeSeesAnEditWithinAMinute() {
        MovableClock otherClock = new MovableClock(clock.instant());
        JargonList otherNode = new JargonList(edits, otherClock);
        String phrase = "andere-node-" + unique;
        assertThat(otherNode.entries()).doesNotContainKey(phrase);

        editor.add(new JargonForm(phrase, "iets eenvoudigs"), admin);
        try {
            assertThat(list.entries()).as("this node, at once").containsKey(phrase);
            otherClock.advance(Duration.ofSeconds(59));
            assertThat(otherNode.entries()).as("the other node, still its last read").doesNotContainKey(phrase);
            otherClock.advance(Duration.ofSeconds(1));
            assertThat(otherNode.entries()).as("the other node, a minute later").containsEntry(phrase, "iets eenvoudigs");
        } finally {
            editor.remove(phrase, admin);
        }
    }

    private void assertRefused(String phrase, String alternative, String field) throws Exception {
        MockHttpServletResponse response = send(post("/admin/taal").param("phrase", phrase)
                .param("alternative", alternative));
        assertThat(response.getStatus()).as(field + " of " + phrase.substring(0, Math.min(30, phrase.length())))
                .isEqualTo(422);
        String html = response.getContentAsString();
        assertThat(html).contains("id=\"foutmeldingen\"", "href=\"#" + field + "\"", "id=\"" + field + "-fout\"",
                "aria-describedby=\"" + field + "-hint " + field + "-fout\"");
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(as(admin)).with(csrf())).andReturn().getResponse();
    }

    private Page page(String uri) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(java.net.URI.create(uri)).with(as(admin))).andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(uri).isEqualTo(200);
        return new Page(response.getContentAsString());
    }

    private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern PHRASE = Pattern.compile("<th scope=\"row\" dir=\"auto\">([^<]*)</th>");
    private static final Pattern NEXT = Pattern.compile("<a href=\"([^\"]*(?:\\?|&amp;)na=[^\"]*)\">");

    /** The list page as a reader sees it: its rows as text, the phrases in order, the link to the next page. */
    record Page(String html) {
        List<String> rows() {
            List<String> rows = new ArrayList<>();
            Matcher m = ROW.matcher(html.substring(html.indexOf("<tbody>") < 0 ? 0 : html.indexOf("<tbody>")));
            while (m.find()) {
                rows.add(m.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip());
            }
            return rows;
        }

        List<String> phrases() {
            List<String> phrases = new ArrayList<>();
            Matcher m = PHRASE.matcher(html);
            while (m.find()) {
                phrases.add(m.group(1));
            }
            return phrases;
        }

        String next() {
            Matcher m = NEXT.matcher(html);
            return m.find() ? m.group(1).replace("&amp;", "&") : null;
        }
    }

    private List<String> audited(String phrase) {
        return jdbc.sql("""
                SELECT action || '/' || result FROM audit_entry WHERE object_type = :type AND object_id = :phrase
                AND actor = :actor ORDER BY id
                """).param("type", JargonEditor.OBJECT_TYPE).param("phrase", phrase).param("actor", admin)
                .query(String.class).list();
    }

    private String message(String key) {
        return context.getMessage(key, null, java.util.Locale.forLanguageTag("nl"));
    }

    /** Another node's clock, which the test moves on by hand. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/Amsterdam");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
