package nl.samenspraak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.feedback.NoticeKind;
import nl.samenspraak.feedback.Notifications;
import nl.samenspraak.feedback.Notifications.NotificationView;
import nl.samenspraak.input.InputViews;
import nl.samenspraak.process.Processes;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A resident without JavaScript and without a mouse wants the answer by letter and ticks "send me
 * a confirmation by post". After sending, they go back and send the form again, as people do when
 * unsure it worked: they see the same follow code, told that it was kept once, and one letter
 * waits. Every page is scanned with axe, also 390 px wide.
 */
@BrowserTest.WithoutJavaScript
class ReceiptJourneyTest extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired Processes processes;
    @Autowired InputViews views;
    @Autowired Notifications notifications;

    @Test
    void sendingTheFormAgainWithTheBackButtonShowsTheSameCodeAndStoresOneInput() {
        var world = fixtures.aCollaborationWithStaff();
        String title = "Een speeltuin voor iedereen " + UUID.randomUUID().toString().substring(0, 6);
        UUID process = processes.create(world.collaboration().id(), Fixtures.aProcessDraft(title), "test");

        open("/trajecten/" + process + "?lang=nl");
        assertNoAxeViolations();
        tabAndType(By.id("text"), "Een schommel waar ook een rolstoel op past.");
        tabAndChoose(By.id("contactBy-POST"));
        tabAndType(By.id("name"), "Piet Jansen");
        tabAndType(By.id("postalAddress"), "Kerkweg 12\n1234 CD Dorp");
        tabAndSpace(By.id("receiptByPost"));
        tabAndSpace(By.id("consent"));
        assertFitsAPhone();
        tabAndEnter(button(message("participate.form.submit")));

        assertThat(heading()).isEqualTo(message("participate.thanks.title"));
        String code = driver.findElement(By.cssSelector(".follow-code--large")).getText();
        assertThat(pageText()).contains(message("participate.thanks.how.POST"), message("participate.thanks.receiptLetter"));
        assertNoAxeViolations();
        assertFitsAPhone();

        // Back to the form as the browser kept it, and send it again.
        driver.navigate().back();
        assertThat(currentPath()).startsWith("/trajecten/" + process);
        assertThat(driver.findElement(By.id("text")).getDomProperty("value"))
                .isEqualTo("Een schommel waar ook een rolstoel op past.");
        tabAndEnter(button(message("participate.form.submit")));

        assertThat(heading()).isEqualTo(message("participate.thanks.title"));
        assertThat(driver.findElement(By.cssSelector(".follow-code--large")).getText()).isEqualTo(code);
        assertThat(driver.findElement(By.cssSelector("[role=status]")).getText())
                .isEqualTo(message("participate.thanks.repeated"));
        assertNoAxeViolations();
        assertFitsAPhone();
        assertThat(views.speedOfProcess(process).total()).isEqualTo(1);

        var input = views.byFollowCode(code).orElseThrow();
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(
                () -> notifications.of(world.collaboration().id(), input.id()),
                list -> list.equals(java.util.List.of(new NotificationView("POST", "TO_PRINT", NoticeKind.RECEIPT))));

        // The follow page says where the code can be found, for every channel.
        open("/volg");
        assertThat(pageText()).contains(message("participate.follow.intro"));
        assertNoAxeViolations();
    }
}
