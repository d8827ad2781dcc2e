package nl.samenspraak.reimbursement.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.reimbursement.ClaimId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;

/** Approved claims leave once, as a spreadsheet list and a SEPA credit-transfer file a bank accepts. */
class PaymentsTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired Claims claims;
    @Autowired Decisions decisions;
    @Autowired Payments payments;
    @Autowired JdbcClient jdbc;

    @Test
    void exportsApprovedClaimsOnceAsCsvAndSepaAndTheBatchDownloadsAgainTheSame() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        String slug = world.collaboration().slug();
        String coordinator = world.coordinatorEmail();
        UUID ans = ClaimFixtures.aResident(context, c);
        UUID first = claims.submit(c, ans, new ClaimDraft(ClaimKind.TRAVEL_TICKET, "=HYPERLINK(\"http://x\")",
                LocalDate.of(2025, 4, 2), null, new java.math.BigDecimal("12.5"), null, false, ClaimFixtures.IBAN,
                "Zoë Müller-Ŝmith & Co", false, null), null);
        UUID second = claims.submit(c, ans, ClaimFixtures.travelByCar("10", LocalDate.of(2025, 4, 3)), null);
        UUID open = claims.submit(c, ans, ClaimFixtures.travelByCar("10", LocalDate.of(2025, 4, 4)), null);
        decisions.approve(c, new ClaimId(first), false, coordinator);
        decisions.approve(c, new ClaimId(second), false, coordinator);

        String refused = mvc.perform(post("/beheer/{slug}/vergoedingen/betalingen", slug).with(as(coordinator)).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Vul eerst de rekening in waarvan u betaalt.");
        mvc.perform(post("/beheer/{slug}/vergoedingen/rekening", slug).param("debtorName", "Stichting Samen")
                        .param("debtorIban", "NL91ABNA0417164301").with(as(coordinator)).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/beheer/{slug}/vergoedingen/rekening", slug).param("debtorName", "Stichting Samen Gezond")
                        .param("debtorIban", "NL20 INGB 0001 2345 67").param("debtorBic", "ingbnl2a")
                        .with(as(coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/beheer/{slug}/vergoedingen/betalingen", slug).with(as(world.professionalEmail())).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/beheer/{slug}/vergoedingen/betalingen", slug).with(as(coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/beheer/{slug}/vergoedingen/betalingen", slug).with(as(coordinator)).with(csrf()))
                .andExpect(status().isUnprocessableContent());

        PaymentBatch batch = payments.batches(c, null, 10).getFirst();
        assertThat(payments.batches(c, null, 10)).hasSize(1);
        assertThat(batch.claimCount()).isEqualTo(2);
        assertThat(batch.total()).isEqualByComparingTo("14.80");
        assertThat(claims.find(c, open).orElseThrow().batchId()).isNull();

        byte[] csv = mvc.perform(get("/beheer/{slug}/vergoedingen/betalingen/{id}/csv", slug, batch.id()).with(as(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF\"Batch\";\"Kenmerk\";\"Rekeninghouder\"");
        assertThat(text).contains("\"'=HYPERLINK(\"\"http://x\"\")\"").contains("\"12,50\"").contains("\"Zoë Müller-Ŝmith & Co\"")
                .contains(first.toString().replace("-", ""));

        byte[] sepa = mvc.perform(get("/beheer/{slug}/vergoedingen/betalingen/{id}/sepa", slug, batch.id()).with(as(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        XPath xpath = xpath();
        Document xml = parse(sepa);
        assertThat(xpath.evaluate("/p:Document/p:CstmrCdtTrfInitn/p:GrpHdr/p:NbOfTxs", xml)).isEqualTo("2");
        assertThat(xpath.evaluate("/p:Document/p:CstmrCdtTrfInitn/p:GrpHdr/p:CtrlSum", xml)).isEqualTo("14.80");
        assertThat(xpath.evaluate("//p:PmtInf/p:PmtMtd", xml)).isEqualTo("TRF");
        assertThat(xpath.evaluate("//p:PmtInf/p:DbtrAcct/p:Id/p:IBAN", xml)).isEqualTo(ClaimFixtures.OTHER_IBAN);
        assertThat(xpath.evaluate("//p:PmtInf/p:DbtrAgt/p:FinInstnId/p:BICFI", xml)).isEqualTo("INGBNL2A");
        assertThat(xpath.evaluate("//p:PmtInf/p:ReqdExctnDt/p:Dt", xml)).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(xpath.evaluate("count(//p:CdtTrfTxInf)", xml)).isEqualTo("2");
        String tx = "//p:CdtTrfTxInf[p:PmtId/p:EndToEndId='" + first.toString().replace("-", "") + "']";
        assertThat(xpath.evaluate(tx + "/p:Amt/p:InstdAmt", xml)).isEqualTo("12.50");
        assertThat(xpath.evaluate(tx + "/p:Amt/p:InstdAmt/@Ccy", xml)).isEqualTo("EUR");
        assertThat(xpath.evaluate(tx + "/p:Cdtr/p:Nm", xml)).isEqualTo("Zoe Muller-Smith + Co");
        assertThat(xpath.evaluate(tx + "/p:CdtrAcct/p:Id/p:IBAN", xml)).isEqualTo(ClaimFixtures.IBAN);
        assertThat(xpath.evaluate(tx + "/p:RmtInf/p:Ustrd", xml)).matches("[A-Za-z0-9/\\-?:().,'+ ]{1,140}");

        byte[] again = mvc.perform(get("/beheer/{slug}/vergoedingen/betalingen/{id}/sepa", slug, batch.id()).with(as(coordinator)))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(again).isEqualTo(sepa);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE object_id = :b AND action LIKE 'reimbursement.download.%'")
                .param("b", batch.id().toString()).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void namesOutsideTheSepaCharacterSetAreTransliteratedAndCut() {
        assertThat(SepaFile.sepaText("Çelik Ağaoğlu <script>", 70)).isEqualTo("Celik Agaoglu script");
        assertThat(SepaFile.sepaText("أحمد", 70)).isEqualTo("-");
        assertThat(SepaFile.sepaText("x".repeat(100), 70)).hasSize(70);
        assertThat(PaymentCsv.neutralised("+31 6")).isEqualTo("'+31 6");
        assertThat(PaymentCsv.neutralised("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(PaymentCsv.neutralised("Ans")).isEqualTo("Ans");
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static XPath xpath() {
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return "p".equals(prefix) ? SepaFile.NAMESPACE : null;
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public java.util.Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
        return xpath;
    }
}
