package nl.samenspraak.account.internal;

import nl.samenspraak.AdminFixtures;
import nl.samenspraak.account.StaffAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class StaffHomeTest extends IntegrationTest {

    @Autowired StaffAccounts accounts;
    @Autowired Fixtures fixtures;



    @Test
    void showsOnlyTheUsersOwnCollaborationsWithTheirRole() throws Exception {
        var mine = fixtures.aCollaborationWithStaff();
        var theirs = fixtures.aCollaborationWithStaff();

        String page = page(mine.viewerEmail());

        assertThat(page).contains(mine.collaboration().name(), "href=\"/beheer/" + mine.collaboration().slug() + "\"",
                "Uw rol: Meekijker").doesNotContain(theirs.collaboration().name(), "href=\"/admin\">Naar platformbeheer");
    }

    @Test
    void platformAdminWithoutMembershipsIsPointedToAdministration() throws Exception {
        String page = page(AdminFixtures.aPlatformAdmin(accounts));

        assertThat(page).contains("U bent beheerder van het platform.", "href=\"/admin\">Naar platformbeheer");
    }

    @Test
    void staffWithoutMembershipsAreToldWhomToAsk() throws Exception {
        String email = "los-" + AdminFixtures.unique() + "@zorg.example";
        accounts.create(email, "Losse medewerker", Fixtures.PASSWORD, false, "test");

        assertThat(page(email)).contains("U heeft nog geen rol in een samenwerkingsverband.");
    }

    private String page(String email) throws Exception {
        return mvc.perform(get("/beheer").with(as(email)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
