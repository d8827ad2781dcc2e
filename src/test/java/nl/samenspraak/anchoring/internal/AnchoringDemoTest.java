package nl.samenspraak.anchoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Locale;
import java.util.UUID;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.anchoring.Anchoring;
import nl.samenspraak.anchoring.AnchoringOverview;
import nl.samenspraak.anchoring.Standing;
import nl.samenspraak.anchoring.Strategy;
import nl.samenspraak.collaboration.CollaborationId;
import nl.samenspraak.collaboration.Collaborations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** The demo shows evidence for most strategies and real gaps, and its documents can be downloaded. */
// The same properties as ModuleDemoContentTest, so both share one application context.
@TestPropertySource(properties = {"samenspraak.demo=true", "samenspraak.demo-password=demo-wachtwoord"})
class AnchoringDemoTest extends IntegrationTest {

    private static final Locale NL = Locale.forLanguageTag("nl");

    @Autowired Collaborations collaborations;
    @Autowired Anchoring anchoring;
    @Autowired JdbcClient jdbc;

    private AnchoringOverview overview(String slug) {
        UUID id = collaborations.findBySlug(slug).orElseThrow().id();
        return anchoring.overview(CollaborationId.of(id), today(), NL);
    }

    @Test
    void theDemoCollaborationsHaveEvidenceWithRealGaps() throws Exception {
        AnchoringOverview heerenveen = overview("heerenveen");
        assertThat(heerenveen.of(Strategy.LEGAL).standing()).isEqualTo(Standing.MISSING);
        assertThat(heerenveen.of(Strategy.FINANCIAL).standing()).isEqualTo(Standing.PARTLY);
        assertThat(heerenveen.of(Strategy.FINANCIAL).runningOut()).hasSize(1);
        assertThat(heerenveen.suggestion()).isPresent();

        AnchoringOverview texel = overview("texel");
        assertThat(texel.of(Strategy.LEGAL).standing()).isEqualTo(Standing.IN_PLACE);
        assertThat(texel.of(Strategy.POLICY).standing()).isEqualTo(Standing.PARTLY);
        assertThat(texel.of(Strategy.KEY_PERSONS).runningOut()).isNotEmpty();

        AnchoringOverview mijnstreek = overview("mijnstreek");
        assertThat(mijnstreek.of(Strategy.POLICY).standing()).isEqualTo(Standing.IN_PLACE);
        assertThat(mijnstreek.of(Strategy.FINANCIAL).standing()).isEqualTo(Standing.IN_PLACE);

        UUID texelId = collaborations.findBySlug("texel").orElseThrow().id();
        String coordinator = jdbc.sql("""
                SELECT s.email FROM staff_account s JOIN membership m ON m.staff_id = s.id
                 WHERE m.collaboration_id = :c AND m.role = 'COORDINATOR' ORDER BY s.email LIMIT 1
                """).param("c", texelId).query(String.class).single();
        var page = mvc.perform(get("/beheer/texel/verankering").with(as(coordinator))).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        UUID document = jdbc.sql("SELECT id FROM anchoring_document WHERE collaboration_id = :c LIMIT 1")
                .param("c", texelId).query(UUID.class).single();
        var pdf = mvc.perform(get("/beheer/texel/verankering/documenten/{id}", document).with(as(coordinator)))
                .andReturn().getResponse();
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
}
