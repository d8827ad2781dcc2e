package nl.samenspraak.anchoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.Fixtures.World;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.anchoring.Anchoring;
import nl.samenspraak.anchoring.Standing;
import nl.samenspraak.anchoring.Strategy;
import nl.samenspraak.collaboration.CollaborationId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** The staff page and its forms: roles, 422s that store nothing, hostile uploads and links, documents served safely. */
class AnchoringPageTest extends IntegrationTest {

    private static final Locale NL = Locale.forLanguageTag("nl");

    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired MessageSource messages;
    @Autowired Anchoring anchoring;

    private World world;
    private String slug;

    @BeforeEach
    void aCollaboration() {
        world = fixtures.aCollaborationWithStaff();
        slug = world.collaboration().slug();
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, NL);
    }

    private long evidenceCount() {
        return jdbc.sql("SELECT count(*) FROM anchoring_evidence WHERE collaboration_id = :c")
                .param("c", world.collaboration().id()).query(Long.class).single();
    }

    private MockMultipartHttpServletRequestBuilder funding(String amount, String kind) {
        MockMultipartHttpServletRequestBuilder request = multipart("/beheer/{slug}/verankering/nieuw", slug);
        request.param("soort", "FUNDING").param("description", "Subsidie Gezond Dorp").param("funder", "Gemeente")
                .param("amount", amount).param("fundingKind", kind).param("startsOn", today().minusMonths(6).toString())
                .param("endsOn", today().plusMonths(6).toString());
        return request;
    }

    @Test
    void aProfessionalAddsProjectMoneyWithADocumentAndTheFinancialStandingBecomesPartly() throws Exception {
        MockHttpServletResponse added = mvc.perform(funding("12.500,50", "PROJECT")
                .file(new MockMultipartFile("document", "beschikking.pdf", "application/pdf", AnchoringTestData.PDF))
                .with(as(world.professionalEmail())).with(csrf())).andReturn().getResponse();

        assertThat(added.getStatus()).isEqualTo(303);
        var financial = anchoring.overview(CollaborationId.of(world.collaboration().id()), today(), NL).of(Strategy.FINANCIAL);
        assertThat(financial.standing()).isEqualTo(Standing.PARTLY);
        assertThat(financial.runningOut()).singleElement().satisfies(r -> assertThat(r.endsOn()).isEqualTo(today().plusMonths(6)));
        assertThat(financial.inPlace()).singleElement().asString().contains("12.500,50");

        String page = mvc.perform(get("/beheer/{slug}/verankering", slug).with(as(world.viewerEmail())))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(msg("anchoring.standing.PARTLY")).contains("beschikking.pdf")
                .doesNotContain("/verankering/nieuw"); // a viewer gets no forms
    }

    @Test
    void aDocumentIsServedAsAnAttachmentThatBrowsersMayNotSniff() throws Exception {
        var ids = AnchoringTestData.anEvidenceWithDocument(context, world.collaboration().id());

        MockHttpServletResponse document = mvc.perform(get("/beheer/{slug}/verankering/documenten/{id}", slug,
                ids.get("{documentId}")).with(as(world.viewerEmail()))).andReturn().getResponse();

        assertThat(document.getStatus()).isEqualTo(200);
        assertThat(document.getHeader("Content-Disposition")).startsWith("attachment").contains("beschikking.pdf");
        assertThat(document.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(document.getContentType()).isEqualTo("application/pdf");
        assertThat(document.getContentAsByteArray()).isEqualTo(AnchoringTestData.PDF);
    }

    @Test
    void aProgramRenamedToPdfIsRefusedAndNothingIsStored() throws Exception {
        byte[] exe = "MZ\u0090\u0000 This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);
        MockHttpServletResponse refused = mvc.perform(funding("1000", "PROJECT")
                .file(new MockMultipartFile("document", "besluit.pdf", "application/pdf", exe))
                .with(as(world.professionalEmail())).with(csrf())).andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains(msg("anchoring.staff.error.documentType"));
        assertThat(evidenceCount()).isZero();
    }

    @Test
    void aFileOverTenMegabytesIsRefused() throws Exception {
        byte[] big = Arrays.copyOf(AnchoringTestData.PDF, 10 * 1024 * 1024 + 1);
        MockHttpServletResponse refused = mvc.perform(funding("1000", "PROJECT")
                .file(new MockMultipartFile("document", "groot.pdf", "application/pdf", big))
                .with(as(world.professionalEmail())).with(csrf())).andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains(msg("anchoring.staff.error.documentTooLarge"));
        assertThat(evidenceCount()).isZero();
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        MockHttpServletResponse refused = mvc.perform(funding("1000", "PROJECT")
                .file(new MockMultipartFile("document", "leeg.pdf", "application/pdf", new byte[0]))
                .with(as(world.professionalEmail())).with(csrf())).andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains(msg("anchoring.staff.error.documentEmpty"));
        assertThat(evidenceCount()).isZero();
    }

    @Test
    void aJavascriptOrPlainHttpLinkIsRefused() throws Exception {
        for (String link : new String[] {"javascript:alert(1)", "JavaScript://%0aalert(1)", "http://example.org/besluit",
                "data:text/html,<script>alert(1)</script>", "https://"}) {
            MockHttpServletResponse refused = mvc.perform(funding("1000", "PROJECT").param("link", link)
                    .with(as(world.professionalEmail())).with(csrf())).andReturn().getResponse();
            assertThat(refused.getStatus()).as(link).isEqualTo(422);
            assertThat(refused.getContentAsString()).as(link).contains(msg("anchoring.staff.error.link"));
        }
        assertThat(evidenceCount()).isZero();
    }

    @Test
    void unreadableAmountsAndTamperedChoicesGetAMessageAndChangeNothing() throws Exception {
        for (String[] bad : new String[][] {{"veel", "PROJECT", "amount"}, {"-5", "PROJECT", "amount"},
                {"99999999999", "PROJECT", "amount"}, {"1000", "GIFT", "fundingKind"}}) {
            MockHttpServletResponse refused = mvc.perform(funding(bad[0], bad[1])
                    .with(as(world.professionalEmail())).with(csrf())).andReturn().getResponse();
            assertThat(refused.getStatus()).as(bad[0] + "/" + bad[1]).isEqualTo(422);
            assertThat(refused.getContentAsString()).contains("id=\"" + bad[2] + "-fout\"");
        }
        MockHttpServletResponse tooLong = mvc.perform(multipart("/beheer/{slug}/verankering/nieuw", slug)
                .param("soort", "POLICY_ITEM").param("description", "x".repeat(301)).param("policyItem", "EVERYTHING")
                .param("startsOn", "gisteren").with(as(world.professionalEmail())).with(csrf())).andReturn().getResponse();
        assertThat(tooLong.getStatus()).isEqualTo(422);
        assertThat(tooLong.getContentAsString()).contains(msg("anchoring.staff.error.descriptionTooLong"))
                .contains(msg("anchoring.staff.error.policyItem")).contains(msg("anchoring.staff.error.startsOn"));
        assertThat(mvc.perform(multipart("/beheer/{slug}/verankering/nieuw", slug).param("soort", "BRIBE")
                .param("description", "x").with(as(world.professionalEmail())).with(csrf())).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(evidenceCount()).isZero();
    }

    @Test
    void aViewerCannotAddEvidence() throws Exception {
        int status = mvc.perform(funding("1000", "PROJECT").with(as(world.viewerEmail())).with(csrf()))
                .andReturn().getResponse().getStatus();

        assertThat(status).isEqualTo(403);
        assertThat(evidenceCount()).isZero();
    }

    @Test
    void endingEvidenceMovesItsEndAndAnotherCollaborationsEvidenceIsNotFound() throws Exception {
        UUID mine = UUID.fromString(AnchoringTestData.anEvidenceWithDocument(context, world.collaboration().id())
                .get("{evidenceId}"));
        World other = fixtures.aCollaborationWithStaff();
        String theirs = AnchoringTestData.anEvidenceWithDocument(context, other.collaboration().id()).get("{evidenceId}");

        MockHttpServletResponse before = mvc.perform(post("/beheer/{slug}/verankering/{id}/beeindigen", slug, mine)
                .param("endsOn", "2025-12-31").with(as(world.professionalEmail())).with(csrf())).andReturn().getResponse();
        assertThat(before.getStatus()).as("an end before the start").isEqualTo(422);
        assertThat(before.getContentAsString()).contains(msg("anchoring.staff.error.endsBeforeStart"));

        MockHttpServletResponse ended = mvc.perform(post("/beheer/{slug}/verankering/{id}/beeindigen", slug, mine)
                .param("endsOn", "2026-06-30").with(as(world.professionalEmail())).with(csrf())).andReturn().getResponse();
        assertThat(ended.getStatus()).isEqualTo(303);
        assertThat(jdbc.sql("SELECT ends_on::text FROM anchoring_evidence WHERE id = :id").param("id", mine)
                .query(String.class).single()).isEqualTo("2026-06-30");

        assertThat(mvc.perform(post("/beheer/{slug}/verankering/{id}/beeindigen", slug, theirs)
                .param("endsOn", "2026-06-30").with(as(world.professionalEmail())).with(csrf())).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT ends_on::text FROM anchoring_evidence WHERE id = :id").param("id", UUID.fromString(theirs))
                .query(String.class).single()).isEqualTo("2027-12-31");
    }
}
