package nl.samenspraak.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.samenspraak.Fixtures;
import nl.samenspraak.feedback.FeedbackLoop;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Staff hide an input or a part of it and show it again; the public page shows what was hidden
 * and why; the author is told once; anyone may report an input and staff work through the queue.
 */
class ModerationPagesTest extends StaffMvcTest {

    private static final String TEXT = "Meer bankjes in het park. Mijn buurman Jan Pietersen is ziek en kan niet ver lopen.";

    @Autowired JdbcClient jdbc;
    @Autowired FeedbackLoop feedback;
    @Autowired InputModeration moderation;

    @Test
    void staffHideANameThePublicPageShowsTheRestWithAMarkerAndTheAuthorIsToldOnce() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        String email = "schrijver-" + UUID.randomUUID() + "@example.org";
        UUID input = intake.receiveOnline(process, TEXT, true,
                new Author("Ans Schrijver", email, null, null, ContactBy.EMAIL, true)).id();
        String slug = world.collaboration().slug();

        mvc.perform(get("/beheer/{slug}/inbreng/{id}/verbergen", slug, input).with(as(world.professionalEmail())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Jan Pietersen")));
        mvc.perform(post("/beheer/{slug}/inbreng/{id}/verbergen", slug, input).with(as(world.professionalEmail())).with(csrf())
                        .param("part", "Jan Pietersen").param("reason", "PERSONAL_DATA").param("note", ""))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/beheer/" + slug + "/inbreng/" + input + "?verborgen#verbergen"));

        mvc.perform(get("/trajecten/{id}", process))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mijn buurman [verborgen: persoonsgegevens] is ziek")))
                .andExpect(content().string(containsString("Wij hebben een deel van deze inbreng verborgen")))
                .andExpect(content().string(not(containsString("Pietersen"))));
        // Staff still read all of it, the hidden part marked.
        mvc.perform(get("/beheer/{slug}/inbreng/{id}", slug, input).with(as(world.viewerEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<mark")))
                .andExpect(content().string(containsString("Jan Pietersen")))
                .andExpect(content().string(not(containsString("Weer laten zien</button>"))));

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> mails(email).size() == 1);
        String body = mails(email).getFirst();
        assertThat(body).contains("Een deel van uw inbreng", "gegevens van een persoon", "U krijgt wel gewoon antwoord")
                .doesNotContain("Jan Pietersen");
        // The same hiding delivered again tells nobody twice.
        Thread.sleep(500);
        assertThat(mails(email)).hasSize(1);
        assertThat(audit(world, "input.hide-part")).isEqualTo(1);

        // Hiding changes nothing in answering: the input still needs its answer.
        assertThat(stored(world, input).isAnswered()).isFalse();
        assertThat(views.dueSoon(world.collaboration().id(), process, 50)).isEmpty();
        assertThat(views.speedOfProcess(process).total()).isEqualTo(1);
    }

    @Test
    void aWhollyHiddenInputIsANoticeOnThePublicPageAndLeftOutOfEveryOtherPublicList() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        UUID hidden = anInput(world, process, "Dit is een scheldpartij tegen de wethouder.", 2);
        UUID shown = anInput(world, process, "Een moestuin achter het buurthuis.", 1);
        String slug = world.collaboration().slug();

        mvc.perform(post("/beheer/{slug}/inbreng/{id}/verbergen", slug, hidden).with(as(world.coordinatorEmail())).with(csrf())
                        .param("part", "").param("reason", "OFFENSIVE").param("note", "Er stonden scheldwoorden in."))
                .andExpect(status().isSeeOther());

        mvc.perform(get("/trajecten/{id}", process))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Wij hebben deze inbreng verborgen, omdat er kwetsende woorden in stonden.")))
                .andExpect(content().string(containsString("Er stonden scheldwoorden in.")))
                .andExpect(content().string(containsString("Een moestuin")))
                .andExpect(content().string(not(containsString("scheldpartij"))));
        assertThat(views.published(process, null, 50).items()).extracting(Input::id).containsExactly(shown);
        // Its author, with the follow code, reads why.
        mvc.perform(get("/volg/{code}", stored(world, hidden).followCode().display()).with(from(randomNetwork())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Wij hebben uw inbreng verborgen op de openbare pagina, omdat er kwetsende woorden in stonden.")));
        // Nobody can report what is no longer there.
        mvc.perform(get("/trajecten/{id}/inbreng/{inputId}/melden", process, hidden)).andExpect(status().isNotFound());

        // Shown again: the public page has it back, and the unhide is audited.
        long number = moderation.of(world.collaboration().id(), hidden).active().getFirst().number();
        mvc.perform(post("/beheer/{slug}/inbreng/{id}/zichtbaar", slug, hidden).with(as(world.professionalEmail())).with(csrf())
                        .param("hiding", String.valueOf(number)))
                .andExpect(status().isSeeOther());
        mvc.perform(get("/trajecten/{id}", process)).andExpect(content().string(containsString("scheldpartij")));
        assertThat(views.published(process, null, 50).items()).extracting(Input::id).containsExactly(shown, hidden);
        assertThat(audit(world, "input.unhide")).isEqualTo(1);
    }

    @Test
    void aRejectedHidingShowsItsErrorNextToTheFieldAndChangesNothing() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        UUID input = anInput(world, process, TEXT, 1);
        String slug = world.collaboration().slug();
        String hostile = "<script>alert(1)</script>\u202Eevil" + "x".repeat(64 * 1024);

        for (var attempt : List.of(
                List.of("part", "Niet in de tekst", "reason", "PERSONAL_DATA", "note", "", "field", "part"),
                List.of("part", "", "reason", "", "note", "", "field", "reason"),
                List.of("part", "", "reason", "NONSENSE", "note", "", "field", "reason"),
                List.of("part", "", "reason", "OTHER", "note", "  ", "field", "note"),
                List.of("part", hostile, "reason", "OFFENSIVE", "note", "", "field", "part"),
                List.of("part", "", "reason", "OTHER", "note", hostile, "field", "note"))) {
            mvc.perform(post("/beheer/{slug}/inbreng/{id}/verbergen", slug, input).with(as(world.professionalEmail()))
                            .with(csrf()).param(attempt.get(0), attempt.get(1)).param(attempt.get(2), attempt.get(3))
                            .param(attempt.get(4), attempt.get(5)))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().string(containsString("id=\"" + attempt.get(7) + "-fout\"")))
                    .andExpect(content().string(not(containsString("<script>alert(1)"))));
        }
        assertThat(moderation.of(world.collaboration().id(), input).isHidden()).isFalse();
        assertThat(audit(world, "input.hide")).isZero();

        // A viewer may not hide, nor see the form; another collaboration's staff find nothing.
        mvc.perform(post("/beheer/{slug}/inbreng/{id}/verbergen", slug, input).with(as(world.viewerEmail())).with(csrf())
                .param("reason", "OFFENSIVE")).andExpect(status().isForbidden());
        var other = fixtures.aCollaborationWithStaff();
        mvc.perform(post("/beheer/{slug}/inbreng/{id}/verbergen", other.collaboration().slug(), input)
                .with(as(other.coordinatorEmail())).with(csrf()).param("reason", "OFFENSIVE")).andExpect(status().isNotFound());
        assertThat(moderation.of(world.collaboration().id(), input).isHidden()).isFalse();
    }

    @Test
    void anyoneReportsAnInputWithoutAnAccountAndStaffSeeItInTheQueueThenDismissIt() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        UUID input = anInput(world, process, TEXT, 1);
        String slug = world.collaboration().slug();
        RequestPostProcessor resident = from(randomNetwork());

        mvc.perform(get("/trajecten/{id}", process))
                .andExpect(content().string(containsString("/trajecten/" + process + "/inbreng/" + input + "/melden")));
        mvc.perform(get("/trajecten/{id}/inbreng/{inputId}/melden", process, input))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Inbreng melden")));
        // Without a choice: 422, the error beside the question, nothing stored.
        mvc.perform(post("/trajecten/{id}/inbreng/{inputId}/melden", process, input).with(resident).with(csrf())
                        .param("text", "Er staat een naam in"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"reason-fout\"")))
                .andExpect(content().string(containsString("Er staat een naam in")));
        // Without the CSRF token nothing is stored either.
        mvc.perform(post("/trajecten/{id}/inbreng/{inputId}/melden", process, input).with(resident)
                .param("reason", "PERSONAL_DATA")).andExpect(status().isForbidden());
        assertThat(moderation.openReportCount(world.collaboration().id())).isZero();

        String hostile = "<script>alert(1)</script> =HYPERLINK(\"x\") \u202Emoc.live";
        mvc.perform(post("/trajecten/{id}/inbreng/{inputId}/melden", process, input).with(resident).with(csrf())
                        .param("reason", "PERSONAL_DATA").param("text", hostile))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/trajecten/" + process + "/inbreng/" + input + "/gemeld"));
        mvc.perform(get("/trajecten/{id}/inbreng/{inputId}/gemeld", process, input))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Bedankt voor uw melding")));

        mvc.perform(get("/beheer/{slug}", slug).with(as(world.viewerEmail())))
                .andExpect(content().string(containsString("Meldingen van inwoners (1)")));
        mvc.perform(get("/beheer/{slug}/meldingen", slug).with(as(world.viewerEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Jan Pietersen")))
                .andExpect(content().string(containsString("Er staan gegevens van een persoon in")))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))))
                .andExpect(content().string(not(containsString("Niets verbergen"))));
        mvc.perform(get("/beheer/{slug}/meldingen", slug).with(as(world.professionalEmail())))
                .andExpect(content().string(containsString("/beheer/" + slug + "/inbreng/" + input + "/verbergen")))
                .andExpect(content().string(containsString("Niets verbergen")));

        mvc.perform(post("/beheer/{slug}/inbreng/{id}/meldingen/afwijzen", slug, input).with(as(world.viewerEmail())).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/beheer/{slug}/inbreng/{id}/meldingen/afwijzen", slug, input).with(as(world.professionalEmail())).with(csrf()))
                .andExpect(status().isSeeOther());
        assertThat(moderation.openReportCount(world.collaboration().id())).isZero();
        assertThat(audit(world, "input.reports-dismiss")).isEqualTo(1);
        mvc.perform(get("/beheer/{slug}/meldingen", slug).with(as(world.viewerEmail())))
                .andExpect(content().string(containsString("Er zijn geen open meldingen.")));
    }

    @Test
    void hidingAReportedInputHandlesItsReports() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        UUID input = anInput(world, process, TEXT, 1);
        moderation.report(process, input, "OFFENSIVE", null);
        moderation.report(process, input, "PERSONAL_DATA", "Een naam");
        assertThat(moderation.openReports(world.collaboration().id(), null, 10)).extracting(InputModeration.Report::reason)
                .containsExactly(ModerationReason.PERSONAL_DATA, ModerationReason.OFFENSIVE);

        moderation.hide(world.collaboration().id(), input, "Jan Pietersen", "PERSONAL_DATA", null, "test");
        assertThat(moderation.openReports(world.collaboration().id(), null, 10)).isEmpty();
    }

    @Test
    void reportsAreLimitedPerClientNetwork() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        UUID input = anInput(world, process, TEXT, 1);
        RequestPostProcessor flood = from(randomNetwork());
        for (int i = 0; i < 10; i++) {
            mvc.perform(post("/trajecten/{id}/inbreng/{inputId}/melden", process, input).with(flood).with(csrf())
                    .param("reason", "OFF_TOPIC")).andExpect(status().isSeeOther());
        }
        mvc.perform(post("/trajecten/{id}/inbreng/{inputId}/melden", process, input).with(flood).with(csrf())
                        .param("reason", "OFF_TOPIC"))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("heel veel meldingen")));
        assertThat(moderation.openReportCount(world.collaboration().id())).isEqualTo(10);
        // Another network is not held back.
        mvc.perform(post("/trajecten/{id}/inbreng/{inputId}/melden", process, input).with(from(randomNetwork())).with(csrf())
                .param("reason", "OFF_TOPIC")).andExpect(status().isSeeOther());
    }

    @Test
    void anInputOfAnotherProcessOrNotPublishedCannotBeReported() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        UUID otherProcess = fixtures.aProcess(world);
        UUID input = anInput(world, process, TEXT, 1);
        UUID unpublished = intake.capture(world.collaboration().id(), process, new NewInput("Niet openbaar",
                Channel.PAPER, today(), false, Author.anonymous(), world.coordinatorId())).id();
        mvc.perform(get("/trajecten/{id}/inbreng/{inputId}/melden", otherProcess, input)).andExpect(status().isNotFound());
        mvc.perform(get("/trajecten/{id}/inbreng/{inputId}/melden", process, unpublished)).andExpect(status().isNotFound());
        mvc.perform(get("/trajecten/{id}/inbreng/{inputId}/melden", process, "geen-id")).andExpect(status().isNotFound());
        mvc.perform(post("/trajecten/{id}/inbreng/{inputId}/melden", process, unpublished).with(from(randomNetwork()))
                .with(csrf()).param("reason", "OFF_TOPIC")).andExpect(status().isNotFound());
        assertThat(moderation.openReportCount(world.collaboration().id())).isZero();
    }

    @Test
    void publicAnswersLoseTheirSalutationAndTheAnswerFormWarnsAboutTheAuthorsName() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        UUID input = intake.receiveOnline(process, "Meer bankjes in het park", true,
                new Author("Ans de Vries", null, null, "0612345678", ContactBy.PHONE, true)).id();
        String slug = world.collaboration().slug();
        String named = "Beste mevrouw De Vries,\n\nEr komen vijf bankjes. Dank u, mevrouw De Vries.";

        mvc.perform(post("/beheer/{slug}/inbreng/{id}", slug, input).with(as(world.professionalEmail())).with(csrf())
                        .param("status", "ADOPTED").param("text", named))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("In dit antwoord staat de naam van de schrijver")))
                .andExpect(content().string(containsString("id=\"confirmName\"")))
                .andExpect(content().string(containsString("Dank u, mevrouw De Vries.")));
        assertThat(stored(world, input).answer()).isNull();

        mvc.perform(post("/beheer/{slug}/inbreng/{id}", slug, input).with(as(world.professionalEmail())).with(csrf())
                        .param("status", "ADOPTED").param("text", "Beste mevrouw,\n\nEr komen vijf bankjes."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/trajecten/{id}", process))
                .andExpect(content().string(containsString("Er komen vijf bankjes.")))
                .andExpect(content().string(not(containsString("Beste mevrouw"))));

        mvc.perform(post("/beheer/{slug}/inbreng/{id}", slug, input).with(as(world.professionalEmail())).with(csrf())
                        .param("status", "ADOPTED").param("text", named).param("confirmName", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(stored(world, input).answer()).isEqualTo(named);
        mvc.perform(get("/trajecten/{id}", process))
                .andExpect(content().string(containsString("Er komen vijf bankjes.")))
                .andExpect(content().string(not(containsString("Beste mevrouw De Vries"))));
    }

    @Test
    void hiddenInputsAndReportsCostThePublicPageAndTheQueueNoExtraQueries() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID plain = fixtures.aProcess(world);
        UUID moderated = fixtures.aProcess(world);
        anInput(world, plain, TEXT, 1);
        anInput(world, plain, TEXT, 1);
        for (int i = 0; i < 10; i++) {
            UUID input = anInput(world, moderated, TEXT, 1);
            moderation.report(moderated, input, "PERSONAL_DATA", "Een naam " + i);
            if (i % 2 == 0) {
                moderation.hide(world.collaboration().id(), input, null, "OFFENSIVE", null, "test");
            } else {
                moderation.hide(world.collaboration().id(), input, "Jan Pietersen", "PERSONAL_DATA", null, "test");
                moderation.report(moderated, input, "OFFENSIVE", null);
            }
        }
        long plainPage = nl.samenspraak.PageQueries.fewest(mvc, () -> get("/trajecten/{id}", plain));
        long moderatedPage = nl.samenspraak.PageQueries.fewest(mvc, () -> get("/trajecten/{id}", moderated));
        assertThat(moderatedPage).isEqualTo(plainPage);

        var other = fixtures.aCollaborationWithStaff();
        UUID otherProcess = fixtures.aProcess(other);
        moderation.report(otherProcess, anInput(other, otherProcess, TEXT, 1), "OFF_TOPIC", null);
        long oneReport = nl.samenspraak.PageQueries.fewest(mvc,
                () -> get("/beheer/{slug}/meldingen", other.collaboration().slug()).with(as(other.viewerEmail())));
        long fiveReports = nl.samenspraak.PageQueries.fewest(mvc,
                () -> get("/beheer/{slug}/meldingen", world.collaboration().slug()).with(as(world.viewerEmail())));
        assertThat(moderation.openReportCount(world.collaboration().id())).isEqualTo(5);
        assertThat(fiveReports).isEqualTo(oneReport);
    }

    /** The mails telling this author about a hiding (the receipt they also got is not one of them). */
    private List<String> mails(String email) {
        return jdbc.sql("SELECT body FROM outbox_mail WHERE recipient = :r AND subject LIKE 'Wij hebben %verborgen%'")
                .param("r", email).query(String.class).list();
    }

    private long audit(Fixtures.World world, String action) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE collaboration_id = :c AND action = :a")
                .param("c", world.collaboration().id()).param("a", action).query(Long.class).single();
    }

    private static String randomNetwork() {
        var random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
