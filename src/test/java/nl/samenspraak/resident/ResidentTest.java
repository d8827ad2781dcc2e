package nl.samenspraak.resident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a stored resident says about itself, without Spring or a database. */
class ResidentTest {

    private static final UUID ID = UUID.fromString("1a2b3c4d-0000-0000-0000-000000000000");
    private static final Instant CREATED = Instant.parse("2025-05-20T09:30:00Z");

    @Test
    void residentIsErasedOnceErasedAtIsSet() {
        assertThat(resident("Ans", "ans@example.org", null).erased()).isFalse();
        assertThat(resident(null, null, CREATED.plusSeconds(60)).erased()).isTrue();
    }

    @Test
    void viewerSeesNoNameNorAnyContactDetail() {
        Resident hidden = resident("Ans de Vries", "ans@example.org", null).withoutContactDetails();
        assertThat(hidden.name()).isNull();
        assertThat(hidden.email()).isNull();
        assertThat(hidden.phone()).isNull();
        assertThat(hidden.postalAddress()).isNull();
        assertThat(hidden.contactBy()).isEqualTo(ContactChannel.EMAIL);
        assertThat(hidden.displayName()).isEqualTo("#1a2b3c4d");
    }

    @Test
    void displayNameIsTheNameElseTheEmailAddressElseANeutralCode() {
        assertThat(resident("Ans de Vries", "ans@example.org", null).displayName()).isEqualTo("Ans de Vries");
        assertThat(resident(null, "ans@example.org", null).displayName()).isEqualTo("ans@example.org");
        assertThat(resident(null, null, null).displayName()).isEqualTo("#1a2b3c4d");
    }

    @Test
    void messagesAreWrittenInTheResidentsLanguage() {
        assertThat(resident("Ans", null, null).locale()).isEqualTo(Locale.forLanguageTag("nl"));
    }

    @Test
    void residentIdWrapsTheStoredId() {
        assertThat(resident("Ans", null, null).residentId()).isEqualTo(new ResidentId(ID));
    }

    private static Resident resident(String name, String email, Instant erasedAt) {
        return new Resident(ID, UUID.randomUUID(), name, email, null, null, ContactChannel.EMAIL, "nl", CREATED, erasedAt);
    }
}
