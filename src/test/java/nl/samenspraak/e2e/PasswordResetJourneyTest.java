package nl.samenspraak.e2e;

import static nl.samenspraak.e2e.PasswordChangeJourneyTest.assertNoAxeViolationsWideAndNarrow;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspraak.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A professional who forgot her password asks for a link on the login page (after first
 * sending the form empty), opens the link from the real e-mail, is refused a leaked password,
 * sets a good one and logs in with it. The same link then no longer works. Keyboard only,
 * axe after every step.
 */
class PasswordResetJourneyTest extends BrowserTest {

    static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/wachtwoord-herstellen/[A-Za-z0-9_-]+)");
    static final String NEW_PASSWORD = "twee reigers op het ijs 1984";

    @Autowired Fixtures fixtures;

    @Test
    void aProfessionalResetsHerPasswordThroughTheMailedLinkWhichWorksOnce() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        String email = world.professionalEmail();

        driver.manage().deleteAllCookies();
        open("/login");
        assertNoAxeViolationsWideAndNarrow();
        tabAndEnter(link(message("account.reset.link")));
        assertThat(currentPath()).isEqualTo("/wachtwoord-vergeten");
        assertThat(heading()).isEqualTo(message("account.reset.request.title"));
        assertNoAxeViolationsWideAndNarrow();

        tabAndEnter(button(message("account.reset.request.submit")));
        assertThat(errorSummary()).contains(message("account.reset.error.emailRequired"));
        assertThat(driver.findElement(By.id("email")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertNoAxeViolations();

        tabAndType(By.id("email"), email);
        tabAndEnter(button(message("account.reset.request.submit")));
        assertThat(currentPath()).isEqualTo("/wachtwoord-vergeten/verstuurd");
        assertThat(pageText()).contains(message("account.reset.sent.text"));
        assertNoAxeViolationsWideAndNarrow();

        String path = linkInMailTo(email);
        open(path);
        assertThat(heading()).isEqualTo(message("account.reset.title"));
        assertNoAxeViolationsWideAndNarrow();

        tabAndType(By.id("newPassword"), "1qaz2wsx3edc");
        tabAndType(By.id("repeatPassword"), "1qaz2wsx3edc");
        tabAndEnter(button(message("account.reset.submit")));
        assertThat(errorSummary()).contains(message("account.password.error.common"));
        assertThat(driver.findElement(By.id("newPassword")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertNoAxeViolations();

        tabAndType(By.id("newPassword"), NEW_PASSWORD);
        tabAndType(By.id("repeatPassword"), NEW_PASSWORD);
        tabAndEnter(button(message("account.reset.submit")));
        assertThat(currentPath()).isEqualTo("/login?reset");
        assertThat(pageText()).contains(message("account.reset.done"));
        assertNoAxeViolations();

        logIn(email, Fixtures.PASSWORD);
        assertThat(currentPath()).as("the old password no longer works").isEqualTo("/login?error");
        logIn(email, NEW_PASSWORD);
        assertThat(currentPath()).isEqualTo("/beheer");

        open(path);
        assertThat(heading()).isEqualTo(message("account.reset.invalid.title"));
        assertThat(pageText()).contains(message("account.reset.invalid.text"));
        assertNoAxeViolationsWideAndNarrow();
        tabAndEnter(link(message("account.reset.invalid.again")));
        assertThat(currentPath()).isEqualTo("/wachtwoord-vergeten");
    }

    /** The link's path from the mail the SMTP server received (the outbox sends within a second). */
    static String linkInMailTo(String email) throws Exception {
        for (int i = 0; i < 100; i++) {
            Optional<MimeMessage> mail = Arrays.stream(MAIL_SERVER.getReceivedMessages()).filter(m -> {
                try {
                    return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(email));
                } catch (Exception e) {
                    return false;
                }
            }).findFirst();
            if (mail.isPresent()) {
                Matcher link = LINK.matcher((String) mail.get().getContent());
                assertThat(link.find()).as("a reset link in the mail").isTrue();
                return link.group(1);
            }
            Thread.sleep(150);
        }
        throw new AssertionError("no mail to " + email);
    }
}
