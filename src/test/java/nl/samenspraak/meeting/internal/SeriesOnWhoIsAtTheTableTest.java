package nl.samenspraak.meeting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.resident.ContactChannel;
import nl.samenspraak.resident.Participations;
import nl.samenspraak.resident.ResidentDetails;
import nl.samenspraak.resident.Residents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/** Staff choose a meeting series by its name on "who is at the table", and only their own. */
class SeriesOnWhoIsAtTheTableTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired MeetingSeries series;
    @Autowired Residents residents;
    @Autowired Participations participations;

    @Test
    void theScopeListNamesEverySeriesAndTheComparisonIsHeadedWithItsName() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID process = fixtures.aProcess(world);
        UUID elderly = aSeries(c, "Klankbordgroep ouderen");
        UUID carers = aSeries(c, "Mantelzorgcafé");
        UUID resident = residents.register(c, new ResidentDetails("Bep", "bep-" + UUID.randomUUID() + "@example.org",
                null, null, ContactChannel.EMAIL, "nl"));
        participations.record(c, resident, new Participations.Participation(Participations.Kind.MEETING, process, elderly,
                null, "ONLINE", null));

        String list = page(world, null).getContentAsString();
        assertThat(list).contains("value=\"series:" + elderly + "\"", "Bijeenkomstenreeks: Klankbordgroep ouderen",
                "value=\"series:" + carers + "\"", "Bijeenkomstenreeks: Mantelzorgcafé", "value=\"process:" + process + "\"")
                .doesNotContain("zonder naam");

        MockHttpServletResponse chosen = page(world, "series:" + elderly);
        assertThat(chosen.getStatus()).isEqualTo(200);
        assertThat(chosen.getContentAsString()).contains("Deelnemers: Bijeenkomstenreeks: Klankbordgroep ouderen",
                "Aantal deelnemers: 1");
        assertThat(page(world, "series:" + carers).getContentAsString()).contains("Aantal deelnemers: 0");
    }

    @Test
    void aSeriesOfAnotherCollaborationOrThatDoesNotExistAnswers404() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        var other = fixtures.aCollaborationWithStaff();
        UUID theirs = aSeries(other.collaboration().id(), "Hun eigen reeks");

        for (String scope : new String[] {"series:" + theirs, "series:" + UUID.randomUUID()}) {
            MockHttpServletResponse response = page(world, scope);
            assertThat(response.getStatus()).as(scope).isEqualTo(404);
            assertThat(response.getContentAsString()).doesNotContain("Hun eigen reeks");
        }
        assertThat(page(world, null).getContentAsString()).doesNotContain("Hun eigen reeks");
    }

    private MockHttpServletResponse page(Fixtures.World world, String scope) throws Exception {
        var request = get("/beheer/{slug}/wie-doet-mee", world.collaboration().slug()).with(as(world.viewerEmail()));
        return mvc.perform(scope == null ? request : request.param("scope", scope)).andReturn().getResponse();
    }

    private UUID aSeries(UUID collaborationId, String name) {
        SeriesForm form = new SeriesForm();
        form.setName(name);
        form.setPurpose("Samen praten over wat beter kan.");
        form.setCadence("MONTHLY");
        form.setPlannedPerYear("10");
        form.setStartsOn(today().toString());
        return series.create(collaborationId, form, "test");
    }
}
