package nl.samenspraak.roles.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.collaboration.CollaborationId;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.roles.CollaborationRoles;
import nl.samenspraak.roles.HolderKind;
import nl.samenspraak.roles.Holding;
import nl.samenspraak.roles.RoleKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The demo shows three years of role holders, a change of key person, and a gap in decision roles in mijnstreek. */
@TestPropertySource(properties = {"samenspraak.demo=true", "samenspraak.demo-password=demo-wachtwoord"})
class RolesDemoTest extends IntegrationTest {

    @Autowired Collaborations collaborations;
    @Autowired CollaborationRoles roles;

    @Test
    void theDemoCollaborationsHaveHoldersOverThreeYearsAndMijnstreekHasOnlyOneResidentWhoDecides() throws Exception {
        for (String slug : List.of("texel", "heerenveen", "mijnstreek")) {
            CollaborationId c = id(slug);
            List<Holding> holdings = roles.holdings(c);
            assertThat(holdings).as(slug).anySatisfy(h -> assertThat(h.from()).isBeforeOrEqualTo(today().minusMonths(30)));
            List<Holding> keyPersons = holdings.stream().filter(h -> h.kind() == RoleKind.KEY_PERSON).toList();
            assertThat(keyPersons).as(slug + ": one key person followed another").hasSizeGreaterThanOrEqualTo(2)
                    .anySatisfy(h -> assertThat(h.until()).isNotNull()).anySatisfy(h -> assertThat(h.until()).isNull());
            assertThat(holdings).as(slug).anySatisfy(h -> {
                assertThat(h.holder()).isEqualTo(HolderKind.STAFF);
                assertThat(h.kind()).isEqualTo(RoleKind.COORDINATOR);
            });
        }
        assertThat(roles.residentsInDecisionRoles(id("texel"), today())).isEqualTo(2);
        assertThat(roles.residentsInDecisionRoles(id("heerenveen"), today())).isEqualTo(2);
        assertThat(roles.residentsInDecisionRoles(id("mijnstreek"), today())).isEqualTo(1);
        assertThat(roles.holdings(id("texel"))).anySatisfy(h -> assertThat(h.fromPoolCommitment()).isTrue());

        String page = mvc.perform(get("/samenwerkingen/texel/rollen")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Dorpsondersteuner").doesNotContain("Klaas Eelman");
    }

    private CollaborationId id(String slug) {
        return collaborations.findBySlug(slug).orElseThrow().collaborationId();
    }
}
