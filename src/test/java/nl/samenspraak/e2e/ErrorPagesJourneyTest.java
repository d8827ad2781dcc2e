package nl.samenspraak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.platform.RateLimiter;
import nl.samenspraak.process.Processes;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The pages a resident sees when something is not there or when too much came from one
 * address, in the browser without JavaScript that such a resident may have: readable,
 * with a way back, and scanned like every other page.
 */
@BrowserTest.WithoutJavaScript
class ErrorPagesJourneyTest extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired Processes processes;
    @Autowired RateLimiter limiter;
    @Autowired JdbcClient jdbc;
    @Value("${samenspraak.rate-limit.inputs-per-10-minutes}") int inputsPerWindow;

    @Test
    void missingPageAndTooManyInputsFromOneAddressShowAccessiblePagesWithAWayBack() {
        open("/trajecten/" + UUID.randomUUID());
        assertThat(heading()).isEqualTo(message("error.notFound.title"));
        assertThat(pageText()).contains(message("error.notFound.text"));
        assertNoAxeViolations();
        open("/deze-pagina-bestaat-niet");
        assertThat(heading()).isEqualTo(message("error.notFound.title"));
        assertNoAxeViolations();

        var world = fixtures.aCollaborationWithStaff();
        String title = "Bewegen in het park " + UUID.randomUUID().toString().substring(0, 6);
        UUID process = processes.create(world.collaboration().id(), Fixtures.aProcessDraft(title), "test");
        // The limit counts per client address: this browser's, as the app reads it from X-Forwarded-For.
        String bucket = "input:" + clientAddress();
        try {
            for (int i = 0; i < inputsPerWindow; i++) {
                limiter.tryAcquire(bucket, inputsPerWindow, Duration.ofMinutes(10));
            }
            open("/trajecten/" + process + "?lang=nl");
            String text = "Een beweegtuin bij het bankje aan de vijver.";
            tabAndType(By.id("text"), text);
            tabAndEnter(button(message("participate.form.submit")));
            assertThat(heading()).isEqualTo(message("participate.tooMany.title"));
            assertThat(pageText()).contains(message("participate.tooMany.input"), message("participate.tooMany.wait"));
            assertThat(driver.findElement(By.id("kept-text")).getDomProperty("value"))
                    .as("what the resident wrote is kept to copy").isEqualTo(text);
            assertNoAxeViolations();
            tabAndEnter(link(message("participate.tooMany.back")));
            assertThat(currentPath()).startsWith("/trajecten/" + process);
        } finally {
            jdbc.sql("DELETE FROM rate_limit_window WHERE bucket = :bucket").param("bucket", bucket).update();
        }
    }

    @Test
    void aFormWithoutItsSecurityCookieExplainsItselfAndGivesTheTextBack() {
        var world = fixtures.aCollaborationWithStaff();
        String title = "Buurthuis open " + UUID.randomUUID().toString().substring(0, 6);
        UUID process = processes.create(world.collaboration().id(), Fixtures.aProcessDraft(title), "test");
        open("/trajecten/" + process + "?lang=nl");
        // As a page left open until its code expired (a browser that keeps no cookies fails the same way).
        driver.manage().deleteAllCookies();
        driver.manage().addCookie(new org.openqa.selenium.Cookie("XSRF-TOKEN", "verlopen", "/"));
        assertThat(driver.manage().getCookieNamed("XSRF-TOKEN").getValue()).as("the form's code is stale").isEqualTo("verlopen");
        String text = "Graag ook op zaterdag open.";
        tabAndType(By.id("text"), text);
        tabAndEnter(button(message("participate.form.submit")));

        assertThat(heading()).isEqualTo(message("expired.title"));
        assertThat(driver.findElement(By.id("kept-text")).getDomProperty("value")).isEqualTo(text);
        assertNoAxeViolations();
        tabAndEnter(link(message("expired.back")));
        assertThat(currentPath()).startsWith("/trajecten/" + process);
    }
}
