package nl.samenspraak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.feedback.DecisionBook;
import nl.samenspraak.feedback.FeedbackLoop;
import nl.samenspraak.feedback.NewDecision;
import nl.samenspraak.input.Author;
import nl.samenspraak.input.Channel;
import nl.samenspraak.input.ContactBy;
import nl.samenspraak.input.FeedbackStatus;
import nl.samenspraak.input.InputIntake;
import nl.samenspraak.input.NewInput;
import nl.samenspraak.meeting.MeetingIsolationCases;
import nl.samenspraak.pool.PoolIsolationCases;
import nl.samenspraak.process.Processes;
import nl.samenspraak.reimbursement.ReimbursementFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A coordinator works from a phone, 390 CSS pixels wide: the main staff pages never scroll
 * sideways; every wide table scrolls in its own region, which the keyboard reaches and which is
 * named by the table's caption; axe finds nothing (scrollable-region-focusable included).
 */
class StaffPagesOnAPhoneJourneyTest extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired Processes processes;
    @Autowired InputIntake intake;
    @Autowired FeedbackLoop feedback;
    @Autowired DecisionBook decisions;
    @Autowired ApplicationContext context;

    @Test
    void theMainStaffPagesFitAPhoneAndTheirTablesScrollInTheirOwnRegion() {
        var world = fixtures.aCollaborationWithStaff();
        String slug = world.collaboration().slug();
        UUID c = world.collaboration().id();
        UUID process = processes.create(c, Fixtures.aProcessDraft("Ontmoeting en vervoer voor ouderen in de kernen"), "test");
        // Long unbroken words and a long address are what pushes a table wider than a phone.
        var byPost = intake.capture(c, process, new NewInput(
                "Een belbus naar het gezondheidscentrum voor ouderen zonder auto. Ervaringsdeskundigheidsbijeenkomsten!",
                Channel.DOOR_TO_DOOR, today().minusDays(20), true,
                new Author("Henk Wilhelminaboomgaard", null, "Burgemeester van Karnebeekstraat 112\n9999 AA Dorp", null,
                        ContactBy.POST, true), world.coordinatorId()));
        feedback.answer(c, byPost.id(), FeedbackStatus.PARTLY_ADOPTED, "Vanaf maart rijdt de belbus op dinsdag.",
                world.coordinatorId(), "test");
        var online = intake.receiveOnline(process, "Een vast aanspreekpunt bij de gemeente.", true,
                new Author("Ans", "ans@example.org", null, null, ContactBy.EMAIL, true));
        decisions.record(c, process, new NewDecision("Een belbus op dinsdag naar het gezondheidscentrum",
                "Er komt een belbus.", "Het college van burgemeester en wethouders", today(), null,
                List.of(byPost.id(), online.id())), world.coordinatorId(), "test");
        ReimbursementFixtures.aPaidClaimWithReceipt(context, c, world.coordinatorEmail());
        Map<String, String> pool = PoolIsolationCases.objectsOf(context, c, world.coordinatorId());
        MeetingIsolationCases.of(context, world, process);

        logIn(world.coordinatorEmail(), Fixtures.PASSWORD);
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            for (String path : List.of("/beheer/" + slug, "/beheer/" + slug + "/trajecten/" + process,
                    "/beheer/" + slug + "/trajecten/" + process + "?filter=alle",
                    "/beheer/" + slug + "/trajecten/" + process + "/besluiten",
                    "/beheer/" + slug + "/brieven", "/beheer/" + slug + "/inwonerpool",
                    "/beheer/" + slug + "/afspraken", "/beheer/" + slug + "/bijeenkomsten",
                    "/beheer/" + slug + "/vergoedingen", "/beheer/" + slug + "/vergoedingen/totalen",
                    "/beheer/" + slug + "/vergoedingen/betalingen", "/beheer/" + slug + "/inwoners",
                    "/beheer/" + slug + "/bellijst", "/beheer/" + slug + "/uitgaande-mail")) {
                open(path);
                assertThat(currentPath()).as("no redirect away from " + path).startsWith(path.replaceFirst("\\?.*", ""));
                assertNoSidewaysScrolling(path);
                assertTablesScrollInANamedRegion(path);
                assertNoAxeViolations();
            }
            assertThat(pool).isNotEmpty();
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    @Test
    void theMonitoringPagesOfIssue13FitAPhoneAndTheirTablesScrollInACaptionedRegion() {
        var world = fixtures.aCollaborationWithStaff();
        String slug = world.collaboration().slug();
        UUID c = world.collaboration().id();
        UUID process = processes.create(c, Fixtures.aProcessDraft("Samen sporten in de wijk en in de kernen"), "test");
        var input = intake.capture(c, process, new NewInput("Een sportveld dat ook in het weekend open is.",
                Channel.PHONE, today().minusDays(12), true, new Author("Henk", null, null, "0612345678", ContactBy.PHONE,
                        true), world.coordinatorId()));
        feedback.answer(c, input.id(), FeedbackStatus.ADOPTED, "Het veld is vanaf mei ook op zaterdag open.",
                world.coordinatorId(), "test");
        decisions.record(c, process, new NewDecision("Het sportveld is ook op zaterdag open",
                "Vanaf mei.", "Het college van burgemeester en wethouders", today(), null, List.of(input.id())),
                world.coordinatorId(), "test");
        Map<String, String> evidence = nl.samenspraak.anchoring.AnchoringRoleCases.anEvidenceWithDocument(context, c);
        Map<String, String> ripple = nl.samenspraak.ripple.RippleCases.of(context, c, process, today());

        logIn(world.coordinatorEmail(), Fixtures.PASSWORD);
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            for (String path : List.of("/beheer/" + slug + "/visie", "/beheer/" + slug + "/rollen",
                    "/beheer/" + slug + "/rollen/nieuw", "/beheer/" + slug + "/verankering",
                    "/beheer/" + slug + "/verankering/nieuw", "/beheer/" + slug + "/indicatoren",
                    "/beheer/" + slug + "/effecten", "/beheer/" + slug + "/effecten/sessies/" + ripple.get("{remSessionId}"),
                    "/beheer/" + slug + "/rapport", "/beheer/" + slug + "/rapport/" + (today().getYear() - 1))) {
                open(path);
                assertThat(currentPath()).as("no redirect away from " + path).startsWith(path);
                assertNoSidewaysScrolling(path);
                assertTablesScrollInANamedRegion(path);
                assertNoAxeViolations();
            }
            assertThat(evidence).isNotEmpty();
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    @Test
    void theOtherStaffListsAndFormsFitAPhoneToo() {
        var world = fixtures.aCollaborationWithStaff();
        String slug = world.collaboration().slug();
        UUID c = world.collaboration().id();
        UUID process = processes.create(c, Fixtures.aProcessDraft("Een ommetje langs de dijk voor jong en oud"), "test");
        var input = intake.capture(c, process, new NewInput("Een bankje halverwege de dijk, met een afvalbak erbij.",
                Channel.PHONE, today().minusDays(6), true, new Author("Bep", null, null, "0612345678", ContactBy.PHONE,
                        true), world.coordinatorId()));
        feedback.answer(c, input.id(), FeedbackStatus.ADOPTED, "Het bankje komt er in april.", world.coordinatorId(), "test");
        MeetingIsolationCases.of(context, world, process);

        logIn(world.coordinatorEmail(), Fixtures.PASSWORD);
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            String base = "/beheer/" + slug;
            for (String path : List.of(base + "/trajecten/" + process + "/voortgang",
                    base + "/trajecten/" + process + "/inbreng/nieuw", base + "/trajecten/" + process + "/besluiten/nieuw",
                    base + "/meldingen", base + "/post-en-bellen", base + "/wie-doet-mee", base + "/lessen",
                    base + "/lessen/nieuw", base + "/zelfscan", base + "/logboek", base + "/bijeenkomsten/nieuw",
                    base + "/bijeenkomsten/locaties", base + "/bijeenkomsten/reeksen", base + "/inwonerpool/nieuw",
                    base + "/inwonerpool/activiteiten/nieuw", base + "/afspraken/nieuw", base + "/vergoedingen/nieuw")) {
                open(path);
                assertThat(currentPath()).as("no redirect away from " + path).startsWith(path);
                assertNoSidewaysScrolling(path);
                assertTablesScrollInANamedRegion(path);
                assertNoAxeViolations();
            }
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    @Test
    void aWideTableIsReachedByKeyboardAndScrollsWithoutThePage() {
        var world = fixtures.aCollaborationWithStaff();
        String slug = world.collaboration().slug();
        UUID c = world.collaboration().id();
        UUID process = processes.create(c, Fixtures.aProcessDraft("Samen eten in het buurthuis"), "test");
        intake.capture(c, process, new NewInput("Graag op woensdag.", Channel.PHONE, today().minusDays(2), false,
                new Author("Bep", null, null, "0612345678", ContactBy.PHONE, true), world.coordinatorId()));

        logIn(world.coordinatorEmail(), Fixtures.PASSWORD);
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            open("/beheer/" + slug + "/trajecten/" + process);
            WebElement region = driver.findElement(By.cssSelector(".table-scroll"));
            tabTo(By.cssSelector(".table-scroll"));
            assertThat(focused()).isEqualTo(region);
            Number before = (Number) driver.executeScript("return arguments[0].scrollLeft;", region);
            Number room = (Number) driver.executeScript("return arguments[0].scrollWidth - arguments[0].clientWidth;", region);
            if (room.longValue() > 0) {
                new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.ARROW_RIGHT)
                        .sendKeys(org.openqa.selenium.Keys.ARROW_RIGHT).perform();
                // Chromium scrolls smoothly: the offset grows over a few frames after the key press.
                boolean scrolled;
                try {
                    scrolled = new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(5))
                            .until(d -> ((Number) driver.executeScript("return arguments[0].scrollLeft;", region))
                                    .longValue() > before.longValue());
                } catch (org.openqa.selenium.TimeoutException e) {
                    scrolled = false;
                }
                assertThat(scrolled).as("the region scrolls by arrow keys").isTrue();
            }
            assertNoSidewaysScrolling("process page");
            assertNoAxeViolations();
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    private static void assertNoSidewaysScrolling(String where) {
        Object fits = driver.executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
        // Names the outermost elements that stick out, so a failure says what to fix.
        Object widths = driver.executeScript("""
                const w = window.innerWidth, out = [];
                for (const e of document.querySelectorAll('body *')) {
                  if (e.getBoundingClientRect().right > w + 1 && !(e.parentElement && e.parentElement.getBoundingClientRect().right > w + 1)) {
                    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + e.className : ''));
                  }
                }
                return document.documentElement.scrollWidth + ' > ' + w + ': ' + out.slice(0, 8).join(', ');
                """);
        assertThat(fits).as("sideways scrolling at 390 px on %s (%s)", where, widths).isEqualTo(Boolean.TRUE);
    }

    /** Every table sits in a focusable region named by the table's own caption. */
    private static void assertTablesScrollInANamedRegion(String where) {
        for (WebElement table : driver.findElements(By.cssSelector("main table"))) {
            WebElement region = table.findElement(By.xpath(".."));
            assertThat(region.getDomAttribute("class")).as("table wrapper on %s", where).contains("table-scroll");
            assertThat(region.getDomAttribute("role")).isEqualTo("region");
            assertThat(region.getDomAttribute("tabindex")).isEqualTo("0");
            String label = region.getDomAttribute("aria-labelledby");
            assertThat(label).as("region label on %s", where).isNotBlank();
            List<WebElement> captions = table.findElements(By.tagName("caption"));
            assertThat(captions).as("caption on %s", where).hasSize(1);
            String captionId = captions.getFirst().getDomAttribute("id");
            if (!"inbreng".equals(label)) {
                assertThat(label).as("region named by the caption on %s", where).isEqualTo(captionId);
            }
        }
    }
}
