package nl.samenspraak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.meeting.MeetingIsolationCases;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The contact choice on all three forms that take a resident's contact details (the public input
 * form, the staff's capture form and the meeting registration): with JavaScript only the fields of
 * the chosen channel show; without JavaScript every field shows, in the same order everywhere.
 */
class ContactChoiceJourneyTest extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired ApplicationContext context;

    @Test
    void choosingPostShowsTheAddressAndHidesEmailOnEveryFormAndWithoutJavaScriptAllShow() {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        String meeting = MeetingIsolationCases.of(context, world, process).get("{meetingId}");
        String publicForm = "/trajecten/" + process + "/inbreng";
        String meetingForm = "/bijeenkomsten/" + meeting;
        String captureForm = "/beheer/" + world.collaboration().slug() + "/trajecten/" + process + "/inbreng/nieuw";

        ChromeDriver plain = newDriver(false);
        try {
            for (String path : List.of(publicForm, meetingForm)) {
                plain.get(baseUrl() + path);
                assertAllContactFieldsShowInOrder(plain, path);
                assertNoAxeViolations(plain);
            }
        } finally {
            plain.quit();
        }

        for (String path : List.of(publicForm, meetingForm)) {
            open(path);
            choosePostAndCheck(path);
        }
        logIn(world.coordinatorEmail(), Fixtures.PASSWORD);
        open(captureForm);
        choosePostAndCheck(captureForm);
        tabAndChoose(By.id("contactBy-PHONE"));
        assertThat(driver.findElement(By.id("phone")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("postalAddress")).isDisplayed()).isFalse();
        assertNoAxeViolations();
    }

    private void choosePostAndCheck(String path) {
        // Before a choice is made, or with e-mail chosen, the e-mail field shows.
        assertThat(driver.findElement(By.id("email")).isDisplayed()).as(path).isTrue();
        tabAndChoose(By.id("contactBy-POST"));
        assertThat(focused().getDomAttribute("id")).as("focus stays on the choice on %s", path).isEqualTo("contactBy-POST");
        assertThat(driver.findElement(By.id("postalAddress")).isDisplayed()).as(path).isTrue();
        assertThat(driver.findElement(By.id("email")).isDisplayed()).as(path).isFalse();
        assertThat(driver.findElement(By.id("phone")).isDisplayed()).as(path).isFalse();
        assertNoAxeViolations();
        // The next TAB goes to the address, not to a hidden field.
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.TAB).perform();
        assertThat(focused().getDomAttribute("id")).as("next field after choosing post on %s", path)
                .isEqualTo("postalAddress");
    }

    private static void assertAllContactFieldsShowInOrder(ChromeDriver browser, String path) {
        var email = browser.findElement(By.id("email"));
        var address = browser.findElement(By.id("postalAddress"));
        var phone = browser.findElement(By.id("phone"));
        assertThat(List.of(email, address, phone)).as(path).allMatch(org.openqa.selenium.WebElement::isDisplayed);
        assertThat(email.getLocation().getY()).as("e-mail before address on %s", path).isLessThan(address.getLocation().getY());
        assertThat(address.getLocation().getY()).as("address before phone on %s", path).isLessThan(phone.getLocation().getY());
    }
}
