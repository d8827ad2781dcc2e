package nl.samenspraak.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Sending the same form twice (back button, double click, two tabs) stores one input and shows
 * the same follow code again; a key is bound to its process, and a forged key is just a new input.
 */
class OneTimeFormKeyTest extends StaffMvcTest {

    private final String network = "10." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250) + ".7";

    private static final Pattern KEY = Pattern.compile("name=\"formKey\" value=\"([A-Za-z0-9_-]{22})\"");

    @Test
    void theSameFormSentTwiceStoresOneInputAndShowsTheSameFollowCodeAgain() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        MockHttpServletResponse page = mvc.perform(get("/trajecten/{id}", process)).andExpect(status().isOk())
                .andReturn().getResponse();
        // Kept in the browser's cache, so the back button shows this very form with this very key.
        assertThat(page.getHeader("Cache-Control")).isEqualTo("private, no-cache");
        String key = keyIn(page.getContentAsString());

        String first = send(process, key, "Een bankje bij de bushalte");
        String second = send(process, key, "Een bankje bij de bushalte");
        String third = send(process, key, "Een bankje bij de bushalte, en ook een prullenbak");

        assertThat(first).matches("/volg/[A-Z0-9]{4}-[A-Z0-9]{4}\\?nieuw");
        String code = first.substring("/volg/".length(), first.indexOf('?'));
        assertThat(second).isEqualTo("/volg/" + code + "?nieuw=opnieuw");
        assertThat(third).isEqualTo(second);
        assertThat(inputCount(world, process)).isEqualTo(1);
        mvc.perform(get(second)).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString(code),
                                org.hamcrest.Matchers.containsString("U had dit formulier al eerder verstuurd"))));

        // A fresh page is a fresh form: a new input.
        String nextKey = keyIn(mvc.perform(get("/trajecten/{id}", process)).andReturn().getResponse().getContentAsString());
        assertThat(nextKey).isNotEqualTo(key);
        assertThat(send(process, nextKey, "Nog een idee")).doesNotContain(code);
        assertThat(inputCount(world, process)).isEqualTo(2);
    }

    @Test
    void twoPostsOfOneKeyAtTheSameTimeStoreOneInput() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        FormKey key = FormKey.random();
        CountDownLatch start = new CountDownLatch(1);
        Callable<InputIntake.Receipt> post = () -> {
            start.await();
            return intake.receiveOnline(process, "Twee tabbladen, één idee", true, Author.anonymous(), "nl", false, key);
        };
        List<Future<InputIntake.Receipt>> both;
        try (var pool = Executors.newFixedThreadPool(2)) {
            both = List.of(pool.submit(post), pool.submit(post));
            start.countDown();
            InputIntake.Receipt a = both.get(0).get();
            InputIntake.Receipt b = both.get(1).get();
            assertThat(a.id()).isEqualTo(b.id());
            assertThat(a.followCode()).isEqualTo(b.followCode());
            assertThat(List.of(a.repeated(), b.repeated())).containsExactlyInAnyOrder(true, false);
        }
        assertThat(inputCount(world, process)).isEqualTo(1);
    }

    @Test
    void aKeyCountsOnlyForItsOwnProcessAndAForgedKeyIsANewInput() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        UUID other = fixtures.aProcess(world);
        FormKey key = FormKey.random();

        var here = intake.receiveOnline(process, "Hier", true, Author.anonymous(), "nl", false, key);
        var there = intake.receiveOnline(other, "Daar", true, Author.anonymous(), "nl", false, key);
        assertThat(there.id()).isNotEqualTo(here.id());
        assertThat(there.repeated()).isFalse();

        for (String forged : List.of("", "kort", "<script>alert(1)</script>", "=HYPERLINK(\"x\")", "a".repeat(65_536))) {
            send(process, forged, "Met een nagemaakte sleutel");
            send(process, forged, "Met een nagemaakte sleutel");
        }
        assertThat(inputCount(world, process)).isEqualTo(11);
    }

    @Test
    void aRejectedFormKeepsItsKeySoTheCorrectedFormIsStoredOnceAndAForgedKeyIsNotShownBack() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        String key = FormKey.random().value();

        MockHttpServletResponse rejectedPage = mvc.perform(publicForm(process, key, "").param("contactBy", "EMAIL")
                        .param("email", "ans@example.org"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse();
        String rejected = rejectedPage.getContentAsString();
        assertThat(keyIn(rejected)).isEqualTo(key);
        // What the resident typed, an e-mail address included, is not kept in the browser's cache.
        assertThat(rejectedPage.getHeader("Cache-Control")).contains("no-store");

        String forged = "\"><script>alert(1)</script>";
        String shown = mvc.perform(publicForm(process, forged, ""))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(shown).doesNotContain("<script>alert(1)</script>");
        assertThat(keyIn(shown)).isNotEqualTo(key);

        String stored = send(process, key, "Nu wel ingevuld");
        assertThat(send(process, key, "Nu wel ingevuld")).startsWith(stored.substring(0, stored.indexOf('?')));
        assertThat(inputCount(world, process)).isEqualTo(1);
    }

    @Test
    void theStaffCaptureFormSavedTwiceStoresOneInputWithTheResidentsReceiptChoice() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        String slug = world.collaboration().slug();
        String form = mvc.perform(get("/beheer/{slug}/trajecten/{id}/inbreng/nieuw", slug, process)
                        .with(as(world.professionalEmail())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String key = keyIn(form);

        String first = capture(slug, process, key, world.professionalEmail());
        String second = capture(slug, process, key, world.professionalEmail());

        assertThat(second).isEqualTo(first);
        assertThat(inputCount(world, process)).isEqualTo(1);
        UUID id = UUID.fromString(first.replaceAll(".*/inbreng/([0-9a-f-]{36})/ontvangen", "$1"));
        Input input = stored(world, id);
        assertThat(input.receiptByPost()).isTrue();
        assertThat(input.language()).isEqualTo("nl");
        mvc.perform(get(first).with(as(world.professionalEmail())))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.containsString("De inwoner krijgt een brief met de volgcode")));
    }

    @Test
    void theInputKeepsTheLanguageOfThePageAndTheReceiptLetterWish() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        String location = mvc.perform(publicForm(process, FormKey.random().value(), "Benches please")
                        .locale(Locale.ENGLISH).param("lang", "en")
                        .param("name", "Sam").param("contactBy", "POST").param("postalAddress", "Main Street 1")
                        .param("consent", "true").param("receiptByPost", "true"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Input input = views.byFollowCode(location.substring("/volg/".length(), location.indexOf('?'))).orElseThrow();
        assertThat(input.language()).isEqualTo("en");
        assertThat(input.receiptByPost()).isTrue();

        // The tick box is about letters: with an answer by e-mail it is not kept.
        String byMail = mvc.perform(publicForm(process, FormKey.random().value(), "Meer groen")
                        .param("contactBy", "EMAIL").param("email", "iemand@example.org").param("consent", "true")
                        .param("receiptByPost", "true"))
                .andReturn().getResponse().getRedirectedUrl();
        Input other = views.byFollowCode(byMail.substring("/volg/".length(), byMail.indexOf('?'))).orElseThrow();
        assertThat(other.language()).isEqualTo("nl");
        assertThat(other.receiptByPost()).isFalse();
    }

    private String send(UUID process, String key, String text) throws Exception {
        return mvc.perform(publicForm(process, key, text))
                .andExpect(status().isSeeOther()).andReturn().getResponse().getRedirectedUrl();
    }

    private MockHttpServletRequestBuilder publicForm(UUID process, String key, String text) {
        return post("/trajecten/{id}/inbreng", process).with(csrf()).param("formKey", key).param("text", text)
                .param("publish", "true").with(request -> {
                    // An address of its own, so that other tests' posts do not count towards this one's limit.
                    request.setRemoteAddr(network);
                    return request;
                });
    }

    private String capture(String slug, UUID process, String key, String staff) throws Exception {
        return mvc.perform(post("/beheer/{slug}/trajecten/{id}/inbreng/nieuw", slug, process)
                        .param("formKey", key).param("text", "Aan de deur gezegd: meer licht in de steeg.")
                        .param("channel", "DOOR_TO_DOOR").param("name", "Gerrit").param("contactBy", "POST")
                        .param("postalAddress", "Steeg 2\n1234 AB Dorp").param("consent", "true")
                        .param("receiptByPost", "true")
                        .with(as(staff)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }

    private static String keyIn(String html) {
        Matcher m = KEY.matcher(html);
        assertThat(m.find()).as("the form carries a one-time key").isTrue();
        return m.group(1);
    }
}
