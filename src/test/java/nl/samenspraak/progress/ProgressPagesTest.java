package nl.samenspraak.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.samenspraak.Fixtures;
import nl.samenspraak.Fixtures.World;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.PageQueries;
import nl.samenspraak.feedback.DecisionBook;
import nl.samenspraak.feedback.DecisionId;
import nl.samenspraak.feedback.DecisionState;
import nl.samenspraak.feedback.FeedbackLoop;
import nl.samenspraak.feedback.NewDecision;
import nl.samenspraak.input.Author;
import nl.samenspraak.input.FeedbackStatus;
import nl.samenspraak.input.InputIntake;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.web.util.HtmlUtils;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The public process page leads with "U zei, wij deden"; the timelines of a process and a collaboration
 * show phases, decisions with their honest updates and milestones, newest first; staff add milestones
 * with a cleaned photo; the Atom feeds are valid XML whatever staff typed.
 */
class ProgressPagesTest extends IntegrationTest {

    private static final Locale NL = Locale.forLanguageTag("nl");

    @Autowired Fixtures fixtures;
    @Autowired InputIntake intake;
    @Autowired FeedbackLoop feedback;
    @Autowired DecisionBook decisions;
    @Autowired Milestones milestones;
    @Autowired MessageSource messages;
    @Autowired JdbcClient jdbc;
    @Autowired nl.samenspraak.process.Processes processes;

    @Test
    void anEmptyProcessSaysPlainlyThatThereIsNoProgressYetAndLeadsWithSaidDid() throws Exception {
        World world = fixtures.aCollaborationWithStaff();
        var withPhases = Fixtures.aProcessDraft("Nog zonder planning");
        UUID process = processes.create(world.collaboration().id(), new nl.samenspraak.process.ProcessDraft(
                withPhases.title(), withPhases.summary(), withPhases.themes(), withPhases.targetGroups(), withPhases.area(),
                withPhases.level(), withPhases.promise(), withPhases.answerWithinDays(), null, List.of()), "test");

        String page = body(get("/trajecten/{id}", process));
        int saidDid = page.indexOf(text("progress.saidDid.title"));
        assertThat(saidDid).as("'U zei, wij deden' on the page").isPositive();
        assertThat(saidDid).as("it comes before the role, the promise and the form")
                .isLessThan(page.indexOf("id=\"uw-rol\"")).isLessThan(page.indexOf("id=\"uw-inbreng\""));
        assertThat(page.indexOf("href=\"#uw-inbreng\"")).as("a link to the form near the top").isPositive().isLessThan(saidDid);
        assertThat(page).contains(text("participate.jumpToForm"))
                .contains(text("progress.saidDid.nothingRaised")).contains(text("progress.saidDid.noDecisions"))
                .contains(text("progress.saidDid.nothingDone"))
                .contains("rel=\"alternate\" type=\"application/atom+xml\" href=\"/trajecten/" + process + "/voortgang.atom\"");

        assertThat(body(get("/trajecten/{id}/voortgang", process))).contains(text("progress.timeline.empty"));
        assertThat(body(get("/samenwerkingen/{slug}/voortgang", world.collaboration().slug())))
                .contains(text("progress.timeline.empty"));
        Document feed = atom(get("/trajecten/{id}/voortgang.atom", process));
        assertThat(feed.getElementsByTagNameNS(ATOM, "entry").getLength()).isZero();
        assertThat(mvc.perform(get("/trajecten/{id}/voortgang", UUID.randomUUID())).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void aDelayedDecisionIsToldHonestlyWithItsReasonAndTheTimelineIsNewestFirst() throws Exception {
        World world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID process = fixtures.aProcess(world);
        UUID first = intake.receiveOnline(process, "Meer bankjes in het park", true, Author.anonymous()).id();
        UUID second = intake.receiveOnline(process, "Een pad langs de sloot", true, Author.anonymous()).id();
        intake.receiveOnline(process, "Een moestuin", true, Author.anonymous());
        feedback.answer(c, first, FeedbackStatus.ADOPTED, "Goed idee, dat doen we.", world.coordinatorId(), "test");
        DecisionId benches = decisions.record(c, process, new NewDecision("Vijf nieuwe bankjes", "Er komen vijf bankjes.",
                "College van B&W", today().minusDays(20), "Veel mensen vroegen erom.", List.of(first)),
                world.coordinatorId(), "test");
        decisions.update(c, benches, DecisionState.DELAYED, "De leverancier kan pas in juni leveren.",
                today().minusDays(2), world.coordinatorId(), "test");
        DecisionId path = decisions.record(c, process, new NewDecision("Een wandelpad", "Er komt een pad.",
                "Gemeenteraad", today().minusDays(30), null, List.of(second)), world.coordinatorId(), "test");
        decisions.update(c, path, DecisionState.DONE, "Het pad ligt er.", today().minusDays(5), world.coordinatorId(), "test");
        milestones.add(c, process, new NewMilestone(MilestoneKind.QUICK_WIN, today().minusDays(1), "Prullenbak geplaatst",
                "Er staat een nieuwe prullenbak bij de bank.", null, null), world.coordinatorId(), "test");

        String page = body(get("/trajecten/{id}", process));
        assertThat(page).contains(text("progress.saidDid.raised", 3))
                .contains("Vijf nieuwe bankjes").contains(text("progress.state.DELAYED"))
                .contains(HtmlUtils.htmlEscape(text("progress.saidDid.why", "De leverancier kan pas in juni leveren.")))
                .contains("Een wandelpad").contains("Prullenbak geplaatst")
                .contains("href=\"/trajecten/" + process + "/voortgang\"");

        String timeline = body(get("/trajecten/{id}/voortgang", process));
        assertThat(timeline).contains(text("progress.timeline.delayedHonest"))
                .contains("De leverancier kan pas in juni leveren.");
        assertThat(timeline.indexOf("Prullenbak geplaatst")).as("newest first")
                .isLessThan(timeline.indexOf("De leverancier kan pas in juni leveren."));
        assertThat(timeline.indexOf("De leverancier kan pas in juni leveren."))
                .isLessThan(timeline.indexOf("Het pad ligt er."));
        assertThat(timeline.indexOf("Het pad ligt er.")).isLessThan(timeline.indexOf("Er komt een pad."));

        String all = body(get("/samenwerkingen/{slug}/voortgang", world.collaboration().slug()));
        assertThat(all).contains("Prullenbak geplaatst").contains("Vijf nieuwe bankjes").contains("Een wandelpad");

        Document feed = atom(get("/samenwerkingen/{slug}/voortgang.atom", world.collaboration().slug()));
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        assertThat(entries.getLength()).as("2 decisions, 2 updates, 1 quick win").isEqualTo(5);
        assertThat(entries.item(0).getTextContent()).contains("Prullenbak geplaatst");
    }

    @Test
    void theProcessPageNeedsAFixedNumberOfQueriesWhateverTheNumberOfInputsAndDecisions() throws Exception {
        World world = fixtures.aCollaborationWithStaff();
        UUID small = processWithDecisions(world, 2, 1);
        UUID full = processWithDecisions(world, 20, 6);

        long smallQueries = PageQueries.fewest(mvc, () -> get("/trajecten/{id}", small));
        long fullQueries = PageQueries.fewest(mvc, () -> get("/trajecten/{id}", full));
        long timeline = PageQueries.fewest(mvc, () -> get("/trajecten/{id}/voortgang", full));

        assertThat(fullQueries).isEqualTo(smallQueries).isLessThanOrEqualTo(16);
        assertThat(timeline).isLessThanOrEqualTo(8);
    }

    @Test
    void staffAddAQuickWinWithAPhotoWhoseMetadataIsRemoved() throws Exception {
        World world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        String slug = world.collaboration().slug();

        MockHttpServletResponse added = mvc.perform(multipart("/beheer/{slug}/trajecten/{id}/voortgang", slug, process)
                .file(new MockMultipartFile("photo", "bank.jpg", "image/jpeg", ProgressImages.jpegWithExif("GPS 53.05N 4.80E")))
                .param("kind", "QUICK_WIN").param("date", today().toString()).param("title", "Nieuwe bank")
                .param("text", "De bank staat er.").param("photoAlt", "Een groene bank onder een boom")
                .with(as(world.professionalEmail())).with(csrf())).andReturn().getResponse();

        assertThat(added.getStatus()).isEqualTo(303);
        Milestone stored = milestones.ofProcess(world.collaboration().id(), process).getFirst();
        assertThat(stored.photoAlt()).isEqualTo("Een groene bank onder een boom");
        MockHttpServletResponse photo = mvc.perform(get("/trajecten/{p}/voortgang/{m}/foto", process, stored.id().value()))
                .andReturn().getResponse();
        assertThat(photo.getContentType()).isEqualTo("image/jpeg");
        assertThat(new String(photo.getContentAsByteArray(), StandardCharsets.ISO_8859_1)).doesNotContain("GPS 53.05N");
        assertThat(javax.imageio.ImageIO.read(new ByteArrayInputStream(photo.getContentAsByteArray()))).isNotNull();
        assertThat(body(get("/trajecten/{id}/voortgang", process)))
                .contains("alt=\"Een groene bank onder een boom\"");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE collaboration_id = :c AND action = 'progress.add'")
                .param("c", world.collaboration().id()).query(Long.class).single()).isEqualTo(1);

        String staffPage = mvc.perform(get("/beheer/{slug}/trajecten/{id}/voortgang", slug, process)
                .with(as(world.viewerEmail()))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(staffPage).contains("Nieuwe bank").doesNotContain("enctype=\"multipart/form-data\"");
        assertThat(mvc.perform(multipart("/beheer/{slug}/trajecten/{id}/voortgang", slug, process)
                        .param("kind", "QUICK_WIN").param("date", today().toString()).param("title", "Van een kijker")
                        .param("text", "Mag niet.").with(as(world.viewerEmail())).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aFileThatIsNoImageOrTooLargeOrAPhotoWithoutAltTextIsRefusedAndNothingIsStored() throws Exception {
        World world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        String slug = world.collaboration().slug();
        byte[] huge = new byte[Milestones.PHOTO_BYTES + 1];
        System.arraycopy(ProgressImages.jpeg(8, 8), 0, huge, 0, ProgressImages.jpeg(8, 8).length);

        record Case(MockMultipartFile file, String alt, String field, String key) {}
        List<Case> cases = List.of(
                new Case(new MockMultipartFile("photo", "bank.jpg", "image/jpeg", "<svg onload=alert(1)>".getBytes()),
                        "Een bank", "photo", "progress.error.photoNotImage"),
                new Case(new MockMultipartFile("photo", "bank.jpg", "image/jpeg", huge), "Een bank", "photo",
                        "progress.error.photoTooLarge"),
                new Case(new MockMultipartFile("photo", "bank.png", "image/png", ProgressImages.png(8, 8)), "", "photoAlt",
                        "progress.error.photoAlt"));
        for (Case c : cases) {
            MockHttpServletResponse refused = mvc.perform(multipart("/beheer/{slug}/trajecten/{id}/voortgang", slug, process)
                    .file(c.file()).param("kind", "MILESTONE").param("date", today().toString()).param("title", "Bank")
                    .param("text", "De bank staat er.").param("photoAlt", c.alt())
                    .with(as(world.coordinatorEmail())).with(csrf())).andReturn().getResponse();
            String page = refused.getContentAsString(StandardCharsets.UTF_8);
            assertThat(refused.getStatus()).as(c.key()).isEqualTo(422);
            assertThat(page).contains(HtmlUtils.htmlEscape(text(c.key())))
                    .contains("aria-describedby=\"" + (c.field().equals("photo") ? "photo-hint photo-fout" : "photoAlt-hint photoAlt-fout") + "\"");
        }
        assertThat(milestones.ofProcess(world.collaboration().id(), process)).isEmpty();
    }

    @Test
    void hostileTextIsEscapedOnThePagesAndLeavesTheAtomFeedValid() throws Exception {
        World world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID process = fixtures.aProcess(world);
        String hostile = "]]><script>alert('x')</script>\u0001\u0008 =HYPERLINK(\"x\") \u202Eטקסט & <b>";
        MockHttpServletResponse added = mvc.perform(multipart("/beheer/{slug}/trajecten/{id}/voortgang",
                        world.collaboration().slug(), process)
                .param("kind", "DELAY_NOTICE").param("date", today().toString()).param("title", hostile)
                .param("text", hostile + "\n" + "lang ".repeat(300)).param("plainLanguageConfirmed", "true")
                .with(as(world.coordinatorEmail())).with(csrf()))
                .andReturn().getResponse();
        assertThat(added.getStatus()).as("a hostile text is published on purpose here").isEqualTo(303);
        MockHttpServletResponse tooLong = mvc.perform(multipart("/beheer/{slug}/trajecten/{id}/voortgang",
                        world.collaboration().slug(), process)
                .param("kind", "MILESTONE").param("date", today().toString()).param("title", "x".repeat(65_536))
                .param("text", "y".repeat(65_536)).with(as(world.coordinatorEmail())).with(csrf()))
                .andReturn().getResponse();
        assertThat(tooLong.getStatus()).isEqualTo(422);
        decisions.record(c, process, new NewDecision(hostile, hostile, hostile, today(), null, List.of()),
                world.coordinatorId(), "test");

        for (String path : List.of("/trajecten/" + process, "/trajecten/" + process + "/voortgang",
                "/samenwerkingen/" + world.collaboration().slug() + "/voortgang")) {
            String page = body(get(path));
            assertThat(page).as(path).doesNotContain("<script>alert").doesNotContain("<b>").contains("&lt;script&gt;");
        }
        for (String path : List.of("/trajecten/" + process + "/voortgang.atom",
                "/samenwerkingen/" + world.collaboration().slug() + "/voortgang.atom")) {
            Document feed = atom(get(path));
            NodeList titles = feed.getElementsByTagNameNS(ATOM, "title");
            boolean found = false;
            for (int i = 0; i < titles.getLength(); i++) {
                found |= titles.item(i).getTextContent().contains("]]><script>alert('x')</script> =HYPERLINK");
            }
            assertThat(found).as("the title arrives as text, without control characters: " + path).isTrue();
        }
    }

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private UUID processWithDecisions(World world, int inputs, int decisionCount) {
        UUID c = world.collaboration().id();
        UUID process = fixtures.aProcess(world);
        List<UUID> ids = new java.util.ArrayList<>();
        for (int i = 0; i < inputs; i++) {
            UUID id = intake.receiveOnline(process, "Idee " + i, true, Author.anonymous()).id();
            feedback.answer(c, id, FeedbackStatus.ADOPTED, "Goed idee " + i, world.coordinatorId(), "test");
            ids.add(id);
        }
        for (int d = 0; d < decisionCount; d++) {
            DecisionId id = decisions.record(c, process, new NewDecision("Besluit " + d, "Tekst " + d, "College",
                    today().minusDays(10), null, ids), world.coordinatorId(), "test");
            decisions.update(c, id, d % 2 == 0 ? DecisionState.DONE : DecisionState.DELAYED, "Nieuws " + d,
                    today().minusDays(1), world.coordinatorId(), "test");
            milestones.add(c, process, new NewMilestone(MilestoneKind.QUICK_WIN, today(), "Snel " + d, "Gedaan.", null, null),
                    world.coordinatorId(), "test");
        }
        return process;
    }

    private String body(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private Document atom(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/atom+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.getContentAsByteArray()));
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(ATOM);
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("feed");
        for (String required : List.of("id", "title", "updated", "author")) {
            assertThat(doc.getElementsByTagNameNS(ATOM, required).getLength()).as(required).isPositive();
        }
        return doc;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, NL);
    }
}
