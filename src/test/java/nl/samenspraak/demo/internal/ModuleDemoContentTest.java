package nl.samenspraak.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.collaboration.Collaborations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

/** A coordinator opening the demo finds meetings, a pool, claims and lessons, not empty pages. */
@TestPropertySource(properties = {"samenspraak.demo=true", "samenspraak.demo-password=demo-wachtwoord"})
class ModuleDemoContentTest extends IntegrationTest {

    @Autowired Collaborations collaborations;
    @Autowired JdbcClient jdbc;

    /** Rolled back afterwards, so the shared test database keeps only test data. */
    @Test
    @Transactional
    void theRichDemoCollaborationsShowEveryModuleWithDataAndItsStaffPagesAnswer() throws Exception {
        UUID texel = collaborations.findBySlug("texel").orElseThrow().id();
        String coordinator = DemoLogins.coordinatorEmail("texel");

        assertThat(count("SELECT count(*) FROM meeting WHERE collaboration_id = :c AND starts_at > now()", texel))
                .isGreaterThanOrEqualTo(3);
        assertThat(count("SELECT count(*) FROM meeting_venue WHERE collaboration_id = :c AND NOT step_free"
                + " AND NOT hearing_loop", texel)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM meeting m JOIN meeting_series s ON s.id = m.series_id"
                + " WHERE m.collaboration_id = :c AND s.name = 'Klankbordgroep' AND m.status = 'HELD'"
                + " AND m.minutes IS NOT NULL", texel)).isBetween(4L, 6L);
        assertThat(count("SELECT count(*) FROM meeting_registration WHERE collaboration_id = :c AND attended", texel))
                .isPositive();
        assertThat(count("SELECT count(*) FROM meeting_registration WHERE collaboration_id = :c AND status = 'WAITING'",
                texel)).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM meeting_input mi JOIN input i ON i.id = mi.input_id"
                + " WHERE mi.collaboration_id = :c AND i.channel = 'MEETING'", texel)).isEqualTo(1);

        assertThat(count("SELECT count(*) FROM pool_member WHERE collaboration_id = :c AND status = 'ACTIVE'", texel))
                .isBetween(6L, 10L);
        assertThat(count("SELECT count(*) FROM pool_member WHERE collaboration_id = :c AND joined_via = 'STAFF'", texel))
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT status FROM pool_invitation WHERE collaboration_id = :c ORDER BY status")
                .param("c", texel).query(String.class).list()).containsExactly("ACCEPTED", "DECLINED", "SENT");
        assertThat(jdbc.sql("SELECT ends_on FROM pool_commitment WHERE collaboration_id = :c AND status = 'ACTIVE'")
                .param("c", texel).query(LocalDate.class).list())
                .singleElement().satisfies(end -> assertThat(end).isBetween(today(), today().plusDays(30)));
        assertThat(count("SELECT count(*) FROM pool_commitment WHERE collaboration_id = :c AND status = 'PROPOSED'", texel))
                .isEqualTo(1);

        assertThat(jdbc.sql("SELECT DISTINCT status || CASE WHEN batch_id IS NULL THEN '' ELSE '+PAID' END"
                        + " FROM reimbursement_claim WHERE collaboration_id = :c")
                .param("c", texel).query(String.class).list())
                .containsExactlyInAnyOrder("SUBMITTED", "APPROVED", "APPROVED+PAID", "REJECTED");
        assertThat(count("SELECT count(*) FROM reimbursement_claim WHERE collaboration_id = :c AND status = 'REJECTED'"
                + " AND reason IS NOT NULL", texel)).isEqualTo(1);

        List<String> publicLessons = jdbc.sql("SELECT title FROM knowledge_lesson WHERE collaboration_id = :c"
                + " AND sharing = 'APPROVED'").param("c", texel).query(String.class).list();
        assertThat(publicLessons).hasSize(1);
        assertThat(count("SELECT count(*) FROM knowledge_lesson WHERE collaboration_id = :c", texel)).isEqualTo(2);

        UUID series = jdbc.sql("SELECT id FROM meeting_series WHERE collaboration_id = :c").param("c", texel)
                .query(UUID.class).single();
        for (String page : List.of("/beheer/texel/bijeenkomsten", "/beheer/texel/bijeenkomsten/reeksen/" + series,
                "/beheer/texel/inwonerpool", "/beheer/texel/afspraken", "/beheer/texel/vergoedingen",
                "/beheer/texel/lessen", "/kennisbank")) {
            var response = mvc.perform(get(page).with(as(coordinator))).andReturn().getResponse();
            assertThat(response.getStatus()).as(page).isEqualTo(200);
        }
        assertThat(mvc.perform(get("/beheer/texel/bijeenkomsten").with(as(coordinator))).andReturn().getResponse()
                .getContentAsString()).contains("Klankbordgroep").contains("Verhalentafel");
        assertThat(mvc.perform(get("/kennisbank")).andReturn().getResponse().getContentAsString())
                .contains(publicLessons.getFirst());

        assertThat(count("SELECT count(*) FROM progress_item WHERE collaboration_id = :c", texel)).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM progress_item WHERE collaboration_id = :c AND kind = 'DELAY_NOTICE'", texel))
                .isEqualTo(1);
        assertThat(mvc.perform(get("/samenwerkingen/texel/voortgang")).andReturn().getResponse().getContentAsString())
                .contains("De huiskamer in Oosterend opent later").contains("Bankjes bij de bushalte in Den Hoorn");

        UUID achterveld = collaborations.findBySlug("achterveld").orElseThrow().id();
        assertThat(count("SELECT count(*) FROM meeting WHERE collaboration_id = :c", achterveld)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM pool_member WHERE collaboration_id = :c", achterveld)).isZero();
    }

    private long count(String sql, UUID collaborationId) {
        return jdbc.sql(sql).param("c", collaborationId).query(Long.class).single();
    }
}
