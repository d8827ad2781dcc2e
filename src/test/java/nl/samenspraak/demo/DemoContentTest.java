package nl.samenspraak.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.account.StaffAccounts;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.input.Channel;
import nl.samenspraak.input.InputViews;
import nl.samenspraak.process.Processes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

class DemoContentTest extends IntegrationTest {

    @Autowired DemoContent content;
    @Autowired Collaborations collaborations;
    @Autowired StaffAccounts staff;
    @Autowired Processes processes;
    @Autowired InputViews views;
    @Autowired PasswordEncoder passwords;
    @Autowired JdbcClient jdbc;
    @Autowired Fixtures fixtures;

    /** Rolled back afterwards, so the shared test database keeps only test data. */
    @Test
    @Transactional
    void loadsTheSeedCollaborationsWithCoordinatorLoginsAndOverdueInputs() {
        content.load(DemoContent.read(), "demo-wachtwoord");

        assertThat(collaborations.findBySlug("texel")).isPresent();
        assertThat(collaborations.findBySlug("heerenveen")).isPresent();
        assertThat(collaborations.findBySlug("mijnstreek")).isPresent();
        long demoCollaborations = DemoContent.read().collaborations().stream()
                .filter(c -> collaborations.findBySlug(c.slug()).isPresent()).count();
        assertThat(demoCollaborations).isEqualTo(14);

        var login = users.loadUserByUsername("coordinator@texel.example");
        assertThat(passwords.matches("demo-wachtwoord", login.getPassword())).isTrue();

        var texel = collaborations.findBySlug("texel").orElseThrow();
        assertThat(views.dueSoon(texel.id(), null, 50)).anyMatch(i -> i.isOverdue(today()));
        var speed = views.speedOfCollaboration(texel.id());
        assertThat(speed.answered()).isPositive();
        assertThat(speed.medianDays()).isNotNull();

        Integer channels = jdbc.sql("SELECT count(DISTINCT channel) FROM input").query(Integer.class).single();
        assertThat(channels).isEqualTo(Channel.values().length);
        assertThat(staff.coordinatorOf(texel.id())).isPresent();
    }

    @Test
    void loadsNothingWhenSwitchedOffOrWhenTheDatabaseHasData() {
        fixtures.aCollaborationWithStaff();
        int before = collaborations.all().size();

        new DemoLogins(content, collaborations, "false", "", "x", "http://localhost").run(null);
        new DemoLogins(content, collaborations, "true", "", "x", "http://localhost").run(null);
        // An external database without an explicit SAMENSPRAAK_DEMO=true: not even an empty one gets demo logins.
        new DemoLogins(content, collaborations, "", "jdbc:postgresql://db.example/samenspraak", "x", "http://localhost").run(null);

        assertThat(collaborations.all()).hasSize(before);
        assertThat(collaborations.findBySlug("texel")).isEmpty();
    }
}
