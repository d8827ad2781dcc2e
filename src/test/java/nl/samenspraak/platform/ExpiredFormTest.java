package nl.samenspraak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A form sent without a valid security code stores nothing, explains why, and gives the typed text back. */
class ExpiredFormTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    @Test
    void residentFormWithoutSecurityCodeKeepsTheTextAndStoresNothing() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        String text = "Meer bankjes <b>langs</b> de dijk, alstublieft";

        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(baseUrl() + "/trajecten/" + process + "/inbreng"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("text=" + URLEncoder.encode(text, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body())
                .contains("Deze pagina was verlopen")
                .contains("Meer bankjes &lt;b&gt;langs&lt;/b&gt; de dijk, alstublieft")
                .doesNotContain("<b>langs</b>")
                .contains("href=\"/trajecten/" + process + "/inbreng\"");
        Integer stored = jdbc.sql("SELECT count(*) FROM input WHERE process_id = :p").param("p", process)
                .query(Integer.class).single();
        assertThat(stored).isZero();
    }
}
