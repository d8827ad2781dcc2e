package nl.samenspraak.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ResidentsTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired Residents residents;
    @Autowired ResidentMessages messages;
    @Autowired JdbcClient jdbc;

    @Test
    void refusesAChannelWithoutTheDetailItNeedsAndStoresNothing() {
        var world = fixtures.aCollaborationWithStaff();
        UUID collaboration = world.collaboration().id();
        long before = count(collaboration);

        assertThatThrownBy(() -> residents.register(collaboration,
                new ResidentDetails("Ans", null, null, null, ContactChannel.POST, "nl")))
                .isInstanceOfSatisfying(InvalidResidentException.class,
                        e -> assertThat(e.field()).isEqualTo("postalAddress"));
        assertThatThrownBy(() -> residents.register(collaboration,
                new ResidentDetails(null, "not-an-address", null, null, ContactChannel.EMAIL, "nl")))
                .isInstanceOfSatisfying(InvalidResidentException.class, e -> assertThat(e.field()).isEqualTo("email"));

        assertThat(count(collaboration)).isEqualTo(before);
    }

    @Test
    void aPersonalLinkOpensOnlyItsOwnPurposeUntilItExpiresOrIsRevoked() {
        var world = fixtures.aCollaborationWithStaff();
        UUID collaboration = world.collaboration().id();
        UUID resident = residents.register(collaboration,
                new ResidentDetails("  Ans  ", "ans@example.org", null, null, ContactChannel.EMAIL, "nl"));
        UUID subject = UUID.randomUUID();

        String token = residents.issueLink(collaboration, resident, "invitation", subject, Duration.ofDays(30));
        String expired = residents.issueLink(collaboration, resident, "invitation", subject, Duration.ofSeconds(-1));

        assertThat(residents.resolveLink(token, "invitation"))
                .contains(new PersonalLink(collaboration, resident, "invitation", subject));
        assertThat(residents.resolveLink(token, "claim")).isEmpty();
        assertThat(residents.resolveLink(expired, "invitation")).isEmpty();
        assertThat(residents.resolveLink("made-up-token", "invitation")).isEmpty();
        assertThat(residents.find(collaboration, resident).orElseThrow().name()).isEqualTo("Ans");

        residents.revokeLinks(resident, "invitation", subject);
        assertThat(residents.resolveLink(token, "invitation")).isEmpty();
    }

    @Test
    void sendsInTheChannelTheResidentChose() {
        var world = fixtures.aCollaborationWithStaff();
        UUID collaboration = world.collaboration().id();
        UUID byMail = residents.register(collaboration,
                new ResidentDetails(null, "kees@example.org", null, null, ContactChannel.EMAIL, "nl"));
        UUID byLetter = residents.register(collaboration,
                new ResidentDetails("Kees", null, null, "Dorpsstraat 1, 1791 AA Den Burg", ContactChannel.POST, "nl"));
        UUID byPhone = residents.register(collaboration,
                new ResidentDetails(null, null, "0222 123456", null, ContactChannel.PHONE, "nl"));
        UUID notAtAll = residents.register(collaboration,
                new ResidentDetails(null, null, null, null, ContactChannel.NONE, "nl"));

        assertThat(messages.send(collaboration, byMail, "Onderwerp", "Tekst", null))
                .isEqualTo(ResidentMessages.Delivery.EMAIL_QUEUED);
        assertThat(messages.send(collaboration, byLetter, "Onderwerp", "Tekst", null))
                .isEqualTo(ResidentMessages.Delivery.LETTER_QUEUED);
        assertThat(messages.send(collaboration, byPhone, "Onderwerp", "Tekst", null))
                .isEqualTo(ResidentMessages.Delivery.CALL_QUEUED);
        assertThat(messages.send(collaboration, notAtAll, "Onderwerp", "Tekst", null))
                .isEqualTo(ResidentMessages.Delivery.NOT_SENT);

        assertThat(jdbc.sql("SELECT count(*) FROM outbox_mail WHERE collaboration_id = :c AND recipient = 'kees@example.org'")
                .param("c", collaboration).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT channel FROM resident_message WHERE collaboration_id = :c ORDER BY channel")
                .param("c", collaboration).query(String.class).list()).containsExactly("PHONE", "POST");
    }

    @Test
    void staffFindResidentsOfTheirOwnCollaborationByPartOfTheNameOrAddress() {
        var world = fixtures.aCollaborationWithStaff();
        var other = fixtures.aCollaborationWithStaff();
        UUID collaboration = world.collaboration().id();
        UUID ans = residents.register(collaboration,
                new ResidentDetails("Ans de Vries", "ans@example.org", null, null, ContactChannel.EMAIL, "nl"));
        residents.register(collaboration, new ResidentDetails("Kees 100%", null, null, null, ContactChannel.NONE, "nl"));
        residents.register(other.collaboration().id(),
                new ResidentDetails("Ans Elders", null, null, null, ContactChannel.NONE, "nl"));

        assertThat(residents.search(collaboration, "de vries", null, 10))
                .extracting(r -> r.resident().id()).containsExactly(ans);
        assertThat(residents.search(collaboration, "ANS@", null, 10)).hasSize(1);
        assertThat(residents.search(collaboration, "%", null, 10))
                .extracting(r -> r.resident().name()).containsExactly("Kees 100%");
        var firstPage = residents.search(collaboration, null, null, 1);
        assertThat(firstPage).hasSize(1);
        assertThat(residents.search(collaboration, null, firstPage.get(0).seq(), 10))
                .extracting(r -> r.resident().id()).doesNotContain(firstPage.get(0).resident().id()).hasSize(1);
    }

    private long count(UUID collaboration) {
        return jdbc.sql("SELECT count(*) FROM resident WHERE collaboration_id = :c").param("c", collaboration)
                .query(Long.class).single();
    }
}
