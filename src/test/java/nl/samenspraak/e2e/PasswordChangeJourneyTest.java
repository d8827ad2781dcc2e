package nl.samenspraak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspraak.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A professional changes her password by keyboard: first with a wrong current password, then
 * with a password from the leaked-passwords list, then with two different new ones, and then
 * properly. Her session on another computer ends; she logs in with the new password. Every
 * step is scanned with axe, wide and at 390 px.
 */
class PasswordChangeJourneyTest extends BrowserTest {

    static final String NEW_PASSWORD = "oranje vlaggen boven de haven 12";

    @Autowired Fixtures fixtures;

    @Test
    void aProfessionalChangesHerPasswordAfterThreeMistakesAndHerOtherSessionEnds() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        String email = world.professionalEmail();
        HttpClient otherComputer = loggedInElsewhere(email, Fixtures.PASSWORD);
        assertThat(statusOf(otherComputer, "/beheer")).as("the other computer is logged in").isEqualTo(200);

        logIn(email, Fixtures.PASSWORD);
        assertThat(currentPath()).isEqualTo("/beheer");
        tabAndEnter(link(message("account.password.title")));
        assertThat(currentPath()).isEqualTo("/beheer/account/wachtwoord");
        assertThat(heading()).isEqualTo(message("account.password.title"));
        assertNoAxeViolationsWideAndNarrow();

        fillIn("dit is niet mijn wachtwoord", NEW_PASSWORD, NEW_PASSWORD);
        assertThat(errorSummary()).contains(message("account.password.error.currentWrong"));
        assertThat(driver.findElement(By.id("currentPassword")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id("currentPassword-fout")).getText()).isEqualTo(message("account.password.error.currentWrong"));
        assertNoAxeViolationsWideAndNarrow();

        fillIn(Fixtures.PASSWORD, "qwertyqwerty", "qwertyqwerty");
        assertThat(errorSummary()).contains(message("account.password.error.common"));
        assertThat(driver.findElement(By.id("newPassword")).getDomAttribute("aria-describedby")).contains("newPassword-fout");
        assertNoAxeViolations();

        fillIn(Fixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "?");
        assertThat(errorSummary()).contains(message("account.password.error.mismatch"));
        // The summary's link takes the keyboard to the field.
        tabAndEnterInPage(link(message("account.password.error.mismatch")));
        assertThat(focused().getDomAttribute("id")).isEqualTo("repeatPassword");
        assertNoAxeViolations();

        fillIn(Fixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
        assertThat(currentPath()).isEqualTo("/beheer/account/wachtwoord");
        assertThat(pageText()).contains(message("account.password.changed"));
        assertNoAxeViolationsWideAndNarrow();
        assertThat(statusOf(otherComputer, "/beheer")).as("the other computer's session ended").isEqualTo(302);

        // Still logged in here; after logging out only the new password works.
        open("/beheer");
        assertThat(currentPath()).isEqualTo("/beheer");
        tabAndEnter(button(message("layout.nav.logout")));
        logIn(email, Fixtures.PASSWORD);
        assertThat(currentPath()).isEqualTo("/login?error");
        logIn(email, NEW_PASSWORD);
        assertThat(currentPath()).isEqualTo("/beheer");
    }

    private void fillIn(String current, String newPassword, String repeat) {
        tabAndType(By.id("currentPassword"), current);
        tabAndType(By.id("newPassword"), newPassword);
        tabAndType(By.id("repeatPassword"), repeat);
        tabAndEnter(button(message("account.password.submit")));
    }

    /** Axe at the usual width and at 390 px, the width of a small phone. */
    static void assertNoAxeViolationsWideAndNarrow() {
        assertNoAxeViolations();
        Dimension wide = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new Dimension(390, 844));
            assertNoAxeViolations();
        } finally {
            driver.manage().window().setSize(wide);
        }
    }

    /** A real login through the login form from another "computer": its own HTTP client and cookies. */
    private HttpClient loggedInElsewhere(String email, String password) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String form = client.send(request("/login").GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        assertThat(csrf.find()).as("the login form has a CSRF token").isTrue();
        String body = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        var login = client.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/beheer"));
        return client;
    }

    private int statusOf(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("X-Forwarded-For", "10.98.7." + (port % 250));
    }
}
