package nl.samenspraak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Staff screens must never show a usable personal link, yet stay readable. */
class PersonalLinkMaskTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    private static String token(int bytes) {
        byte[] raw = new byte[bytes];
        RANDOM.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    @RepeatedTest(50)
    void masksEveryRandomTokenWhateverItsPath() {
        String resident = token(24);
        String scan = token(16);
        String longer = token(32);
        String text = "Bekijk uw gegevens: https://samenspraak.example/mijn-gegevens/" + resident + "\n"
                + "Zelfscan: https://samenspraak.example/zelfscan/" + scan + ".\n"
                + "Nieuw soort link: https://samenspraak.example/iets-nieuws/" + longer + "?t=" + resident;

        PersonalLinkMask.Masked masked = PersonalLinkMask.mask(text);

        assertThat(masked.masked()).isTrue();
        assertThat(masked.text()).doesNotContain(resident).doesNotContain(scan).doesNotContain(longer)
                .contains("https://samenspraak.example/mijn-gegevens/" + PersonalLinkMask.MASK + "\n")
                .contains("/zelfscan/" + PersonalLinkMask.MASK + ".")
                .contains("/iets-nieuws/" + PersonalLinkMask.MASK + "?t=" + PersonalLinkMask.MASK);
    }

    @Test
    void masksAUuidShapedSecretToo() {
        String reset = "https://samenspraak.example/wachtwoord-herstellen/3f2b8c1e-9a4d-4b7e-8c2f-1d5e6a7b8c9d";
        assertThat(PersonalLinkMask.masked(reset))
                .isEqualTo("https://samenspraak.example/wachtwoord-herstellen/" + PersonalLinkMask.MASK);
    }

    @Test
    void leavesOrdinaryTextSlugsAndFollowCodesAlone() {
        String text = "Beste Fatima,\nUw volgcode is ABCD-EFGH. Het samenwerkingsverband Gezondheidsnetwerk "
                + "heeft uw inbreng beantwoord: https://samenspraak.example/volg/ABCD-EFGH en "
                + "https://samenspraak.example/beheer/heerenveen-en-omstreken/bijeenkomsten op 12-05-2026.";

        PersonalLinkMask.Masked masked = PersonalLinkMask.mask(text);

        assertThat(masked.masked()).isFalse();
        assertThat(masked.text()).isEqualTo(text);
    }

    @Test
    void inWholeDocumentsOnlyTokensInLinksAreMasked() {
        String token = token(24);
        String json = "{\"id\":\"3f2b8c1e-9a4d-4b7e-8c2f-1d5e6a7b8c9d\",\"iban\":\"NL91ABNA0417164300\","
                + "\"body\":\"Zie https://samenspraak.example/inwonerpool/mijn/" + token + " of ?t=" + token + "\"}";

        assertThat(PersonalLinkMask.maskLinks(json)).isEqualTo("{\"id\":\"3f2b8c1e-9a4d-4b7e-8c2f-1d5e6a7b8c9d\","
                + "\"iban\":\"NL91ABNA0417164300\",\"body\":\"Zie https://samenspraak.example/inwonerpool/mijn/"
                + PersonalLinkMask.MASK + " of ?t=" + PersonalLinkMask.MASK + "\"}");
    }

    @Test
    void emptyTextStaysEmpty() {
        assertThat(PersonalLinkMask.mask(null)).isEqualTo(new PersonalLinkMask.Masked(null, false));
        assertThat(PersonalLinkMask.mask("")).isEqualTo(new PersonalLinkMask.Masked("", false));
    }
}
