package nl.samenspraak.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The rules of a resident's contact details, without Spring or a database. */
class ResidentDetailsTest {

    @Test
    void blankDetailsBecomeEmptyAndAnUnknownLanguageBecomesDutch() {
        ResidentDetails d = new ResidentDetails("  Ans  ", " ", null, "", null, "de").checked();
        assertThat(d.name()).isEqualTo("Ans");
        assertThat(d.email()).isNull();
        assertThat(d.postalAddress()).isNull();
        assertThat(d.contactBy()).isEqualTo(ContactChannel.NONE);
        assertThat(d.language()).isEqualTo("nl");
        assertThat(new ResidentDetails(null, null, null, null, null, "en").checked().language()).isEqualTo("en");
    }

    @Test
    void mailChannelNeedsAnEmailAddress() {
        assertRule(new ResidentDetails("Ans", null, null, null, ContactChannel.EMAIL, "nl"), "email",
                "resident.error.emailRequired");
    }

    @Test
    void letterChannelNeedsANameAndAPostalAddress() {
        assertRule(new ResidentDetails(null, null, null, "Dorpsstraat 1", ContactChannel.POST, "nl"), "name",
                "resident.error.nameRequiredForPost");
        assertRule(new ResidentDetails("Kees", null, null, null, ContactChannel.POST, "nl"), "postalAddress",
                "resident.error.postalAddressRequired");
    }

    @Test
    void phoneChannelNeedsAPhoneNumber() {
        assertRule(new ResidentDetails("Kees", null, null, null, ContactChannel.PHONE, "nl"), "phone",
                "resident.error.phoneRequired");
    }

    @Test
    void malformedEmailAddressOrPhoneNumberIsRefused() {
        assertRule(new ResidentDetails(null, "ans.example.org", null, null, ContactChannel.NONE, "nl"), "email",
                "resident.error.email");
        assertRule(new ResidentDetails(null, null, "bel me", null, ContactChannel.NONE, "nl"), "phone",
                "resident.error.phone");
        assertThat(new ResidentDetails(null, null, "+31 (0)6 12345678", null, ContactChannel.PHONE, "nl").checked().phone())
                .isEqualTo("+31 (0)6 12345678");
    }

    @Test
    void nameAndPostalAddressHaveAMaximumLength() {
        assertRule(new ResidentDetails("x".repeat(ResidentDetails.NAME_MAX + 1), null, null, null, null, "nl"), "name",
                "resident.error.nameTooLong");
        assertRule(new ResidentDetails(null, null, null, "x".repeat(ResidentDetails.POSTAL_ADDRESS_MAX + 1), null, "nl"),
                "postalAddress", "resident.error.postalAddressTooLong");
        assertThat(new ResidentDetails("x".repeat(ResidentDetails.NAME_MAX), null, null, null, null, "nl").checked().name())
                .hasSize(ResidentDetails.NAME_MAX);
    }

    private static void assertRule(ResidentDetails details, String field, String key) {
        assertThatThrownBy(details::checked).isInstanceOfSatisfying(InvalidResidentException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }
}
