package nl.samenspraak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspraak.meeting.MeetingIsolationCases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 12 point 5: a resident who meets the contact choice on one form finds it the same on the
 * next. The public input form, the staff's capture form and the meeting registration (public and
 * staff) show the same channels and fields, with the same labels, in the same order, in Dutch and
 * in English, also when the form comes back with an error. Only the legend and hints of the staff
 * forms speak of "de inwoner".
 */
class ContactChoiceFormsTest extends IntegrationTest {

    /** The labels of the contact choice, in the order of the page. */
    private static final Pattern LABEL = Pattern.compile(
            "<label for=\"(contactBy(?:-[A-Z]+)?|email|postalAddress|phone)\">([^<]*)</label>");
    /** A resident's own network, so that these posts do not count against other tests' rate limits. */
    private static final String ADDRESS = "10.91.0.1";

    @Autowired Fixtures fixtures;
    @Autowired MessageSource messages;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void forgetRateLimits() {
        jdbc.sql("DELETE FROM rate_limit_window WHERE bucket LIKE :bucket").param("bucket", "%" + ADDRESS).update();
    }

    @Test
    void everyFormShowsTheSameContactLabelsInTheSameOrderInDutchAndEnglish() throws Exception {
        Forms forms = forms();
        for (Locale locale : List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH)) {
            List<String> expected = expectedLabels(locale);
            for (Map.Entry<String, MockHttpServletRequestBuilder> form : forms.pages(locale).entrySet()) {
                MockHttpServletResponse response = mvc.perform(form.getValue()).andReturn().getResponse();
                assertThat(response.getStatus()).as(form.getKey()).isEqualTo(200);
                String body = response.getContentAsString(StandardCharsets.UTF_8);
                assertThat(labels(body)).as("contact labels on %s in %s", form.getKey(), locale).isEqualTo(expected);
                assertLegendAndHints(body, form.getKey(), locale);
            }
        }
    }

    @Test
    void aFormThatComesBackWithAnErrorKeepsTheLabelsTheChoiceAndMarksTheMissingAddress() throws Exception {
        Forms forms = forms();
        List<String> expected = expectedLabels(Locale.forLanguageTag("nl"));
        for (Map.Entry<String, MockHttpServletRequestBuilder> form : forms.postsWithoutAddress().entrySet()) {
            MockHttpServletResponse response = mvc.perform(form.getValue()).andReturn().getResponse();
            assertThat(response.getStatus()).as(form.getKey()).isEqualTo(422);
            String body = response.getContentAsString(StandardCharsets.UTF_8);
            assertThat(labels(body)).as(form.getKey()).isEqualTo(expected);
            assertThat(body).as("post stays chosen on %s", form.getKey())
                    .containsPattern("id=\"contactBy-POST\"[^>]*checked")
                    .as("the address says what is wrong on %s", form.getKey())
                    .contains("id=\"postalAddress-fout\"")
                    .containsPattern("<textarea id=\"postalAddress\"[^>]*aria-describedby=\"postalAddress-hint postalAddress-fout\"")
                    .containsPattern("<textarea id=\"postalAddress\"[^>]*aria-invalid=\"true\"");
        }
    }

    /** The choices, then e-mail, postal address and phone: the one order every form must have. */
    private List<String> expectedLabels(Locale locale) {
        List<String> labels = new ArrayList<>();
        labels.add("contactBy=" + message("contact.by.EMAIL", locale));
        for (String channel : List.of("POST", "PHONE", "NONE")) {
            labels.add("contactBy-" + channel + "=" + message("contact.by." + channel, locale));
        }
        labels.add("email=" + message("contact.email", locale));
        labels.add("postalAddress=" + message("contact.postalAddress", locale));
        labels.add("phone=" + message("contact.phone", locale));
        return labels;
    }

    private void assertLegendAndHints(String body, String form, Locale locale) {
        boolean staff = form.startsWith("staff");
        String suffix = staff ? "Staff" : "";
        assertThat(body).as(form)
                .contains("<legend>" + message(staff ? "contact.byStaff" : "contact.by", locale) + "</legend>")
                .contains(message("contact.emailHint" + suffix, locale))
                .contains(message("contact.postalAddressHint" + suffix, locale))
                .contains(message("contact.phoneHint" + suffix, locale))
                .doesNotContain(message(staff ? "contact.by" : "contact.byStaff", locale) + "</legend>");
    }

    private static List<String> labels(String body) {
        List<String> found = new ArrayList<>();
        Matcher m = LABEL.matcher(body);
        while (m.find()) {
            found.add(m.group(1) + "=" + m.group(2));
        }
        return found;
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private Forms forms() {
        Fixtures.World world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        String meeting = MeetingIsolationCases.of(context, world, process).get("{meetingId}");
        return new Forms(world, process, meeting);
    }

    /** The four pages with a contact choice, named "public …" or "staff …". */
    private final class Forms {
        private final String slug;
        private final String staffEmail;
        private final UUID process;
        private final String meeting;

        Forms(Fixtures.World world, UUID process, String meeting) {
            this.slug = world.collaboration().slug();
            this.staffEmail = world.coordinatorEmail();
            this.process = process;
            this.meeting = meeting;
        }

        Map<String, MockHttpServletRequestBuilder> pages(Locale locale) {
            String lang = locale.getLanguage();
            Map<String, MockHttpServletRequestBuilder> pages = new LinkedHashMap<>();
            pages.put("public input form", resident(get("/trajecten/{id}", process).param("lang", lang)));
            pages.put("public meeting registration", resident(get("/bijeenkomsten/{id}", meeting).param("lang", lang)));
            pages.put("staff capture form", get("/beheer/{slug}/trajecten/{id}/inbreng/nieuw", slug, process)
                    .param("lang", lang).with(as(staffEmail)));
            pages.put("staff meeting registration", get("/beheer/{slug}/bijeenkomsten/{id}/aanmelden", slug, meeting)
                    .param("lang", lang).with(as(staffEmail)));
            return pages;
        }

        /** Each form sent with "by letter" chosen but no address: each must come back (422) with the same choice. */
        Map<String, MockHttpServletRequestBuilder> postsWithoutAddress() {
            Map<String, MockHttpServletRequestBuilder> posts = new LinkedHashMap<>();
            posts.put("public input form", resident(post("/trajecten/{id}/inbreng", process)
                    .param("text", "Meer bankjes in het park.").param("contactBy", "POST").param("postalAddress", "")
                    .param("consent", "true").with(csrf())));
            posts.put("public meeting registration", resident(post("/bijeenkomsten/{id}/aanmelden", meeting)
                    .param("name", "Ans").param("contactBy", "POST").param("postalAddress", "")
                    .param("consent", "true").with(csrf())));
            posts.put("staff capture form", post("/beheer/{slug}/trajecten/{id}/inbreng/nieuw", slug, process)
                    .param("text", "Meer bankjes in het park.").param("channel", "PAPER")
                    .param("receivedOn", today().toString()).param("contactBy", "POST").param("postalAddress", "")
                    .param("name", "Ans").param("consent", "true").with(as(staffEmail)).with(csrf()));
            posts.put("staff meeting registration", post("/beheer/{slug}/bijeenkomsten/{id}/aanmelden", slug, meeting)
                    .param("channel", "PHONE").param("name", "Ans").param("contactBy", "POST").param("postalAddress", "")
                    .param("consent", "true").with(as(staffEmail)).with(csrf()));
            return posts;
        }

        private static MockHttpServletRequestBuilder resident(MockHttpServletRequestBuilder request) {
            return request.with(r -> {
                r.setRemoteAddr(ADDRESS);
                return r;
            });
        }
    }
}
