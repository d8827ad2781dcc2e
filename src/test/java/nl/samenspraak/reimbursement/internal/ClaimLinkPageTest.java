package nl.samenspraak.reimbursement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.resident.Residents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A resident claims through their personal link over real HTTP, as a browser without JavaScript
 * does: multipart with the form token, receipts checked, errors beside the field, nothing stored
 * on a refusal.
 */
class ClaimLinkPageTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired Residents residents;
    @Autowired Claims claims;
    @Autowired JdbcClient jdbc;

    private UUID collaboration;
    private UUID resident;
    private String path;
    private Multipart browser;

    @BeforeEach
    void aResidentWithAClaimLink() {
        collaboration = fixtures.aCollaborationWithStaff().collaboration().id();
        resident = ClaimFixtures.aResident(context, collaboration);
        path = "/declaratie/" + residents.issueLink(collaboration, resident, "claim", null, Duration.ofDays(365));
        browser = new Multipart(baseUrl());
    }

    @Test
    void residentClaimsWithAReceiptAndSeesTheClaimListed() throws Exception {
        HttpResponse<String> page = browser.get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Uw declaraties").contains("U heeft nog niets gevraagd.")
                .contains("enctype=\"multipart/form-data\"");

        HttpResponse<String> sent = browser.post(path, Multipart.aTicketClaim(Multipart.csrf(page.body())),
                new Multipart.FilePart("kaartje.png", "image/png", ClaimFixtures.png()));
        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.headers().firstValue("Location").orElseThrow()).contains(path + "?ingediend");

        String after = browser.get(path + "?ingediend").body();
        assertThat(after).contains("Wij hebben uw declaratie ontvangen").contains("€ 3,40")
                .contains("Ontvangen. Wij kijken ernaar.").contains("Zelfde rekening als de vorige keer (•••• 4300)");
        Claim claim = claims.ofResident(collaboration, resident).getFirst();
        assertThat(claim.submittedBy()).isNull();
        assertThat(claim.hasReceipt()).isTrue();
        assertThat(claim.iban()).isEqualTo(ClaimFixtures.IBAN);
    }

    @Test
    void wrongIbanComesBackBesideTheFieldWithWhatWasTyped() throws Exception {
        String csrf = Multipart.csrf(browser.get(path).body());
        Map<String, String> fields = Multipart.aTicketClaim(csrf);
        fields.put("iban", "NL91 ABNA 0417 1643 01");
        HttpResponse<String> sent = browser.post(path, fields, null);
        assertThat(sent.statusCode()).isEqualTo(422);
        assertThat(sent.body()).contains("Dit nummer klopt niet").contains("aria-invalid=\"true\"")
                .contains("iban-fout").contains("value=\"NL91 ABNA 0417 1643 01\"");
        assertThat(claims.ofResident(collaboration, resident)).isEmpty();
    }

    @Test
    void hostileUploadsAreRefusedWithAClearMessageAndNothingIsStored() throws Exception {
        String csrf = Multipart.csrf(browser.get(path).body());
        Map<String, byte[]> hostile = Map.of(
                "../../../etc/cron.d/evil.png", "<svg onload=alert(1)>".getBytes(),
                "bon.jpg", "<html><script>alert(1)</script></html>".getBytes(),
                "bon.pdf", "%PDF-1.4\n<< /OpenAction << /S /Launch /F (cmd.exe) >> >>\n%%EOF".getBytes(),
                "bon.exe.png", "MZ not a picture".getBytes());
        for (var file : hostile.entrySet()) {
            HttpResponse<String> sent = browser.post(path, Multipart.aTicketClaim(csrf),
                    new Multipart.FilePart(file.getKey(), "image/png", file.getValue()));
            assertThat(sent.statusCode()).as(file.getKey()).isEqualTo(422);
            assertThat(sent.body()).as(file.getKey()).containsAnyOf("Dit soort bestand nemen wij niet aan",
                    "In dit bestand zit iets dat een computer kan uitvoeren");
            assertThat(sent.body()).doesNotContain("<svg onload").doesNotContain("<script>alert");
        }
        byte[] tooBig = Arrays.copyOf(ClaimFixtures.jpeg(), ReceiptCheck.MAX_BYTES + 100_000);
        HttpResponse<String> big = browser.post(path, Multipart.aTicketClaim(csrf),
                new Multipart.FilePart("groot.jpg", "image/jpeg", tooBig));
        assertThat(big.statusCode()).isEqualTo(422);
        assertThat(big.body()).contains("Dit bestand is te groot");
        assertThat(claims.ofResident(collaboration, resident)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM reimbursement_receipt WHERE collaboration_id = :c")
                .param("c", collaboration).query(Long.class).single()).isZero();
    }

    @Test
    void aFileFarOverTheLimitGetsAPlainPageNotAnError() throws Exception {
        String csrf = Multipart.csrf(browser.get(path).body());
        byte[] huge = Arrays.copyOf(ClaimFixtures.jpeg(), 16 * 1024 * 1024);
        HttpResponse<String> sent = browser.post(path, Multipart.aTicketClaim(csrf),
                new Multipart.FilePart("film.jpg", "image/jpeg", huge));
        assertThat(sent.statusCode()).isEqualTo(303);
        String location = sent.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> explained = browser.get(location.replaceFirst("^https?://[^/]+", ""));
        assertThat(explained.statusCode()).isEqualTo(200);
        assertThat(explained.body()).contains("Het bestand is te groot").contains("href=\"" + path + "\"");
        assertThat(claims.ofResident(collaboration, resident)).isEmpty();
    }

    @Test
    void multipartWithoutTheFormTokenIsRefused() throws Exception {
        browser.get(path);
        Map<String, String> fields = Multipart.aTicketClaim("not-the-token");
        HttpResponse<String> sent = browser.post(path, fields, null);
        assertThat(sent.statusCode()).isEqualTo(403);
        assertThat(claims.ofResident(collaboration, resident)).isEmpty();
    }

    @Test
    void hostileTextIsRefusedOrShownEscapedNeverRun() throws Exception {
        String csrf = Multipart.csrf(browser.get(path).body());
        Map<String, String> huge = Multipart.aTicketClaim(csrf);
        huge.put("activity", "x".repeat(64 * 1024));
        HttpResponse<String> tooLong = browser.post(path, huge, null);
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(tooLong.body()).contains("Dit is te lang");
        Map<String, String> odd = Multipart.aTicketClaim(csrf);
        odd.put("amount", "=1+1");
        odd.put("kind", "SALARY");
        assertThat(browser.post(path, odd, null).statusCode()).isEqualTo(422);
        assertThat(claims.ofResident(collaboration, resident)).isEmpty();

        Map<String, String> script = Multipart.aTicketClaim(csrf);
        script.put("activity", "\"><script>alert(1)</script>\u202Eevil\u0000 {{7*7}} ${7*7}");
        assertThat(browser.post(path, script, null).statusCode()).isEqualTo(303);
        String page = browser.get(path).body();
        assertThat(page).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("{{7*7}} ${7*7}");
        assertThat(claims.ofResident(collaboration, resident).getFirst().activity()).doesNotContain("\u0000");
    }

    @Test
    void aLinkThatSendsVeryManyClaimsIsSlowedDownAndTheExtraClaimIsNotStored() throws Exception {
        String csrf = Multipart.csrf(browser.get(path).body());
        for (int i = 0; i < ClaimLinkController.CLAIMS_PER_WINDOW; i++) {
            Map<String, String> wrong = Multipart.aTicketClaim(csrf);
            wrong.put("iban", "NL00 WRONG");
            assertThat(browser.post(path, wrong, null).statusCode()).isEqualTo(422);
        }
        HttpResponse<String> extra = browser.post(path, Multipart.aTicketClaim(csrf), null);
        assertThat(extra.statusCode()).isEqualTo(429);
        assertThat(extra.body()).contains("veel declaraties verstuurd").contains("href=\"" + path + "\"");
        assertThat(claims.ofResident(collaboration, resident)).isEmpty();
    }

    @Test
    void unknownOrOtherPurposeLinksAnswerNotFound() throws Exception {
        assertThat(browser.get("/declaratie/unknown-token").statusCode()).isEqualTo(404);
        String pool = residents.issueLink(collaboration, resident, "pool", null, Duration.ofDays(30));
        assertThat(browser.get("/declaratie/" + pool).statusCode()).isEqualTo(404);
        String expired = residents.issueLink(collaboration, resident, "claim", null, Duration.ofSeconds(-1));
        assertThat(browser.get("/declaratie/" + expired).statusCode()).isEqualTo(404);
    }
}
