package nl.samenspraak.vision.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.vision.SharedVisions;
import nl.samenspraak.vision.VisionVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.util.HtmlUtils;

/** The demo's three rich collaborations each show a vision with two versions, the second shaped by residents. */
@TestPropertySource(properties = {"samenspraak.demo=true", "samenspraak.demo-password=demo-wachtwoord"})
class VisionDemoTest extends IntegrationTest {

    @Autowired Collaborations collaborations;
    @Autowired SharedVisions shared;
    @Autowired VisionService visions;

    @Test
    void texelHeerenveenAndMijnstreekHaveTwoVersionsAYearApartWithResidentsAmongTheContributors() throws Exception {
        for (String slug : List.of("texel", "heerenveen", "mijnstreek")) {
            Collaboration c = collaborations.findBySlug(slug).orElseThrow();
            List<VisionVersion> versions = shared.versions(c.collaborationId());
            assertThat(versions).as(slug).hasSize(2);
            assertThat(versions.get(1).publishedOn()).as(slug).isAfter(versions.get(0).publishedOn().plusMonths(11));
            assertThat(versions.get(1).residentContributors()).as(slug).isPositive();
            assertThat(versions.get(1).changeNote()).as(slug).isNotBlank();
            assertThat(visions.commentCount(c.id())).as(slug + ": new comments on the draft").isPositive();
            assertThat(visions.reviewDue(c.id())).as(slug + ": the second version is over a year old").isTrue();
            String page = HtmlUtils.htmlUnescape(mvc.perform(get("/samenwerkingen/{slug}", slug)).andReturn().getResponse()
                    .getContentAsString());
            assertThat(page).contains(versions.get(1).text());
            assertThat(mvc.perform(get("/samenwerkingen/{slug}/visie/vergelijk?van=1&tot=2", slug)).andReturn()
                    .getResponse().getStatus()).isEqualTo(200);
        }
    }
}
