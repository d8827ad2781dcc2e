package nl.samenspraak.anchoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.samenspraak.Fixtures;
import nl.samenspraak.Fixtures.World;
import nl.samenspraak.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Evidence documents as an attacker sends them: files disguised by name and type, polyglots, zip bombs, names that
 * climb out of a folder, links that run code. Refused files get the message at the field and store nothing; what
 * is kept is always served as a download the browser may not reinterpret.
 */
class AnchoringHostileUploadTest extends IntegrationTest {

    private static final Locale NL = Locale.forLanguageTag("nl");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired MessageSource messages;

    private World world;
    private String slug;

    @BeforeEach
    void aCollaboration() {
        world = fixtures.aCollaborationWithStaff();
        slug = world.collaboration().slug();
    }

    private MockHttpServletResponse upload(String name, String claimedType, byte[] content) throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/beheer/{slug}/verankering/nieuw", slug);
        request.param("soort", "TRAINING").param("description", "Training gespreksleiding").param("participants", "12")
                .param("startsOn", today().toString());
        return mvc.perform(request.file(new MockMultipartFile("document", name, claimedType, content))
                .with(as(world.professionalEmail())).with(csrf())).andReturn().getResponse();
    }

    private long stored() {
        return jdbc.sql("SELECT count(*) FROM anchoring_evidence WHERE collaboration_id = :c")
                .param("c", world.collaboration().id()).query(Long.class).single();
    }

    private void assertRefused(MockHttpServletResponse response, String key) throws Exception {
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains(messages.getMessage(key, null, NL)).contains("id=\"foutmeldingen\"");
        assertThat(stored()).isZero();
    }

    /** A zip whose parts are deflated, the first one stored (as ODF asks for its "mimetype"). */
    private static byte[] zip(Map<String, byte[]> parts, boolean firstStored) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            boolean first = true;
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                ZipEntry entry = new ZipEntry(part.getKey());
                if (first && firstStored) {
                    CRC32 crc = new CRC32();
                    crc.update(part.getValue());
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(part.getValue().length);
                    entry.setCompressedSize(part.getValue().length);
                    entry.setCrc(crc.getValue());
                }
                first = false;
                zip.putNextEntry(entry);
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] docx(byte[] document) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
        parts.put("word/document.xml", document);
        return zip(parts, false);
    }

    @Test
    void anSvgOrHtmlPageDisguisedAsAPictureIsRefused() throws Exception {
        assertRefused(upload("logo.png", "image/png",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(2)</script></svg>"
                        .getBytes(StandardCharsets.UTF_8)), "anchoring.staff.error.documentType");
        assertRefused(upload("foto.jpg", "image/jpeg", "<!DOCTYPE html><script>alert(1)</script>"
                .getBytes(StandardCharsets.UTF_8)), "anchoring.staff.error.documentType");
        assertRefused(upload("besluit.pdf", "application/pdf", " %PDF-1.7".getBytes(StandardCharsets.US_ASCII)),
                "anchoring.staff.error.documentType");
    }

    @Test
    void aPolyglotIsKeptOnlyAsWhatItsFirstBytesSayAndServedAsADownloadThatIsNotSniffed() throws Exception {
        byte[] polyglot = Arrays.copyOf(PNG, PNG.length + 60);
        byte[] html = "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(html, 0, polyglot, PNG.length, html.length);
        assertThat(upload("pagina.html", "text/html", polyglot).getStatus()).isEqualTo(303);

        Map<String, Object> document = jdbc.sql("""
                        SELECT d.id, d.content_type, d.file_name FROM anchoring_document d
                        JOIN anchoring_evidence e ON e.id = d.evidence_id WHERE e.collaboration_id = :c
                        """)
                .param("c", world.collaboration().id()).query().singleRow();
        assertThat(document.get("content_type")).as("what the bytes are, not what the browser claimed")
                .isEqualTo("image/png");
        assertThat(document.get("file_name")).isEqualTo("pagina.html.png");
        MockHttpServletResponse served = mvc.perform(get("/beheer/{slug}/verankering/documenten/{id}", slug,
                document.get("id")).with(as(world.viewerEmail()))).andReturn().getResponse();
        assertThat(served.getContentType()).isEqualTo("image/png");
        assertThat(served.getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(served.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        String page = mvc.perform(get("/beheer/{slug}/verankering", slug).with(as(world.viewerEmail()))).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).as("a document is linked, never shown inline").doesNotContain("<img src=\"/beheer");
    }

    @Test
    void aRealDocxAndOdtAreKeptButAZipBombAZipWithoutTheirPartsAndACutOffZipAreNot() throws Exception {
        assertThat(upload("verslag.docx", "application/octet-stream",
                docx("<w:document>Verslag</w:document>".getBytes(StandardCharsets.UTF_8))).getStatus()).isEqualTo(303);
        Map<String, byte[]> odt = new LinkedHashMap<>();
        odt.put("mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
        odt.put("content.xml", "<office:document-content/>".getBytes(StandardCharsets.UTF_8));
        assertThat(upload("verslag.odt", "application/octet-stream", zip(odt, true)).getStatus()).isEqualTo(303);
        assertThat(jdbc.sql("""
                        SELECT d.content_type FROM anchoring_document d JOIN anchoring_evidence e ON e.id = d.evidence_id
                        WHERE e.collaboration_id = :c ORDER BY d.content_type
                        """).param("c", world.collaboration().id()).query(String.class).list())
                .containsExactly("application/vnd.oasis.opendocument.text",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        jdbc.sql("DELETE FROM anchoring_document WHERE collaboration_id = :c").param("c", world.collaboration().id())
                .update();
        jdbc.sql("DELETE FROM anchoring_evidence WHERE collaboration_id = :c").param("c", world.collaboration().id())
                .update();

        // 300 MB of zeros packs into well under a megabyte: the server must refuse it without unpacking it.
        byte[] bomb;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        bomb = bytes.toByteArray();
        assertThat(bomb.length).isLessThan(DocumentCheck.MAX_BYTES);
        long started = System.nanoTime();
        assertRefused(upload("verslag.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                bomb), "anchoring.staff.error.documentPacked");
        assertThat((System.nanoTime() - started) / 1_000_000).as("ms: refused without unpacking").isLessThan(5_000);

        Map<String, byte[]> other = new LinkedHashMap<>();
        other.put("readme.txt", "hallo".getBytes(StandardCharsets.US_ASCII));
        assertRefused(upload("archief.docx", "application/zip", zip(other, false)), "anchoring.staff.error.documentType");
        byte[] whole = docx("<w:document>Verslag</w:document>".getBytes(StandardCharsets.UTF_8));
        assertRefused(upload("kapot.docx", "application/octet-stream", Arrays.copyOf(whole, whole.length - 30)),
                "anchoring.staff.error.documentPacked");
    }

    @Test
    void aHugeOrClimbingFileNameBecomesAShortPlainNameThatEndsInWhatTheFileIs() throws Exception {
        for (String name : new String[] {"../../../../etc/passwd", "..\\..\\Windows\\win.ini",
                "a".repeat(5_000) + ".pdf", "\u202Efdp.exe", "con:besluit\u0000.pdf", "<script>alert(1)</script>.pdf"}) {
            assertThat(upload(name, "application/pdf", AnchoringTestData.PDF).getStatus()).as(name).isEqualTo(303);
        }
        for (String stored : jdbc.sql("""
                        SELECT d.file_name FROM anchoring_document d JOIN anchoring_evidence e ON e.id = d.evidence_id
                        WHERE e.collaboration_id = :c
                        """).param("c", world.collaboration().id()).query(String.class).list()) {
            assertThat(stored).as(stored).endsWith(".pdf").doesNotContain("/", "\\", "..", "<", ":", "\u0000", "\u202E")
                    .hasSizeLessThanOrEqualTo(84);
        }
    }

    @Test
    void aLinkMustBeAnHttpsAddressWithAHostAndNoPassword() throws Exception {
        for (String link : new String[] {"vbscript:msgbox(1)", "data:image/svg+xml;base64,PHN2Zz4=", "//kwaad.example/x",
                "https:kwaad", "https://gebruiker:geheim@kwaad.example/", "https://kwaad.example/\u0000", " javascript:alert(1)",
                "ftp://kwaad.example/x", "https://" + "a".repeat(2_100) + ".example"}) {
            MockMultipartHttpServletRequestBuilder request = multipart("/beheer/{slug}/verankering/nieuw", slug);
            request.param("soort", "TRAINING").param("description", "Training").param("participants", "12")
                    .param("startsOn", today().toString()).param("link", link);
            assertRefused(mvc.perform(request.with(as(world.professionalEmail())).with(csrf())).andReturn().getResponse(),
                    "anchoring.staff.error.link");
        }
        MockMultipartHttpServletRequestBuilder request = multipart("/beheer/{slug}/verankering/nieuw", slug);
        request.param("soort", "TRAINING").param("description", "Training").param("participants", "12")
                .param("startsOn", today().toString()).param("link", "HTTPS://Gemeente.example/besluit?id=1");
        assertThat(mvc.perform(request.with(as(world.professionalEmail())).with(csrf())).andReturn().getResponse()
                .getStatus()).isEqualTo(303);
        assertThat(jdbc.sql("SELECT link FROM anchoring_evidence WHERE collaboration_id = :c")
                .param("c", world.collaboration().id()).query(String.class).single())
                .isEqualTo("https://Gemeente.example/besluit?id=1");
    }
}
