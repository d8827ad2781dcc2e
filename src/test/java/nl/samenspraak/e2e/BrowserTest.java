package nl.samenspraak.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.context.TestPropertySource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base of the browser journeys: Debian's Chromium, headless, driven by its own
 * chromedriver (never a downloaded browser), one browser per test class. A class marked
 * {@link WithoutJavaScript} gets a browser with JavaScript switched off, as a resident
 * with an old or locked-down phone has. Axe still runs there: WebDriver's scripts run,
 * but the browser never fires timers on such a page, and axe needs them to yield; so
 * short timers are replaced by microtasks just before a scan (results are the same as
 * with JavaScript on, checked when this harness was written).
 */
// The journeys share one Spring context of their own (this property only makes its cache key differ from
// IntegrationTest's), so one more PostgreSQL for the whole run. Their pages then hold what the journeys
// create, not the hundreds of collaborations the other integration tests leave behind: on the home page
// and /open-data those made every axe scan, screenshot and TAB walk many times longer than the journey.
@TestPropertySource(properties = "samenspraak.test.context=browser-journeys")
public abstract class BrowserTest extends IntegrationTest {

    /** Runs the class's browser with JavaScript disabled for pages. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface WithoutJavaScript {}

    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    /** More tab stops than any page of ours has: a page that needs more is a finding in itself. */
    private static final int MAX_TABS = 150;

    protected static ChromeDriver driver;
    @Autowired protected MessageSource messages;
    @Autowired private Fixtures loginFixtures;
    @Autowired protected java.time.Clock clock;
    private static final Set<ChromeDriver> WITHOUT_JAVASCRIPT = ConcurrentHashMap.newKeySet();
    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final List<Path> PROFILES = new CopyOnWriteArrayList<>();
    private static final Map<ChromeDriver, String> CLIENT_ADDRESSES = new ConcurrentHashMap<>();

    @BeforeAll
    static void startBrowser(TestInfo info) {
        boolean javascript = info.getTestClass().map(c -> !c.isAnnotationPresent(WithoutJavaScript.class)).orElse(true);
        driver = newDriver(javascript);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            WITHOUT_JAVASCRIPT.remove(driver);
            CLIENT_ADDRESSES.remove(driver);
            driver.quit();
            driver = null;
        }
        PROFILES.forEach(BrowserTest::delete);
        PROFILES.clear();
    }

    /** A fresh headless Chromium with its own throw-away profile. */
    static ChromeDriver newDriver(boolean javascript) {
        Path profileDir;
        try {
            profileDir = Files.createTempDirectory("samenspraak-chromium-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        PROFILES.add(profileDir);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profileDir, "--window-size=1280,1000", "--lang=nl");
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriver chrome = new ChromeDriver(service, options);
        // Each browser is its own visitor with its own address, so the per-address limits on
        // logins and submissions that other tests use up do not decide whether a journey passes.
        String address = "10.99." + ADDRESSES.incrementAndGet() % 250 + "." + (1 + (int) (Math.random() * 250));
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("X-Forwarded-For", address)));
        CLIENT_ADDRESSES.put(chrome, address);
        if (!javascript) {
            WITHOUT_JAVASCRIPT.add(chrome);
        }
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return chrome;
    }

    private static void delete(Path profileDir) {
        try (Stream<Path> files = Files.walk(profileDir)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a leftover temp directory is harmless
        }
    }

    /** The address the app sees for the class's browser (its X-Forwarded-For), as rate limits count it. */
    protected static String clientAddress() {
        return CLIENT_ADDRESSES.get(driver);
    }

    protected void open(String path) {
        driver.get(baseUrl() + path);
    }

    protected String currentPath() {
        String url = driver.getCurrentUrl();
        return url == null ? "" : url.substring(baseUrl().length());
    }

    /** Fails with one readable line per violation: rule, impact, where and what to do. */
    protected static void assertNoAxeViolations() {
        assertNoAxeViolations(driver);
    }

    protected static void assertNoAxeViolations(ChromeDriver browser) {
        if (WITHOUT_JAVASCRIPT.contains(browser)) {
            browser.executeScript(TIMER_SHIM);
        }
        keepScreenshot(browser);
        List<Rule> violations = axeViolations(browser);
        if (!violations.isEmpty()) {
            String report = violations.stream().map(BrowserTest::describe).collect(Collectors.joining("\n"));
            fail(violations.size() + " accessibility violation(s) on " + browser.getCurrentUrl() + ":\n" + report);
        }
    }

    /** axe-core as the axe-core/selenium library ships it, read once per test run. */
    private static final String AXE_SOURCE = readAxeSource();
    private static final ObjectMapper AXE_RESULTS = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    /**
     * One round trip: axe.run on the whole page with the WCAG 2.2 AA tags. Only violations come back
     * in full (resultTypes): passes and inapplicable rules are counted by axe but not serialised node
     * by node, which on a long page is most of the time a scan takes.
     */
    private static final String AXE_RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
              .then(r => done({violations: r.violations}), e => done({error: String(e && e.stack || e)}));
            """;

    /**
     * The WCAG 2.2 AA violations on the browser's page. axe-core is put into a page once (the
     * second scan of the same page, at phone width, reuses it) and run in the page itself, without
     * the library's extra blank window: this harness tests no iframes (as before, top frame only).
     */
    private static List<Rule> axeViolations(ChromeDriver browser) {
        if (!Boolean.TRUE.equals(browser.executeScript("return typeof window.axe === 'object' && typeof window.axe.run === 'function';"))) {
            browser.executeScript(AXE_SOURCE);
        }
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        Map<?, ?> outcome;
        try {
            outcome = (Map<?, ?>) browser.executeAsyncScript(AXE_RUN, WCAG_TAGS);
        } finally {
            browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        }
        if (outcome == null || outcome.get("error") != null || outcome.get("violations") == null) {
            return fail("axe-core could not scan " + browser.getCurrentUrl() + ": "
                    + (outcome == null ? "no answer" : outcome.get("error")));
        }
        return AXE_RESULTS.convertValue(outcome.get("violations"), new TypeReference<List<Rule>>() {});
    }

    private static String readAxeSource() {
        try (var in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is missing from the axe-core/selenium library");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Scans the page again in a window 390 CSS pixels wide, as on a small phone, and checks
     * that the page itself does not scroll sideways (a wide table may scroll in its own region).
     */
    protected static void assertFitsAPhone() {
        org.openqa.selenium.Dimension size = driver.manage().window().getSize();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            assertNoAxeViolations();
            Object overflow = driver.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(((Number) overflow).longValue()).as("sideways scrolling at 390 px on %s", driver.getCurrentUrl())
                    .isLessThanOrEqualTo(0L);
        } finally {
            driver.manage().window().setSize(size);
        }
    }

    private static final AtomicInteger SCREENSHOTS = new AtomicInteger();

    /** Every scanned page is also kept as a picture in target/screenshots, for a person to look at. */
    private static void keepScreenshot(ChromeDriver browser) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            String name = String.format("%03d-%s.png", SCREENSHOTS.incrementAndGet(),
                    browser.getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceAll("[^A-Za-z0-9]+", "_"));
            Files.write(dir.resolve(name.length() > 120 ? name.substring(0, 116) + ".png" : name),
                    browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            // A missing picture must not fail an accessibility check.
        }
    }

    /** Long timers are axe's watchdogs: they never fire here, as nothing times out. */
    private static final String TIMER_SHIM = """
            window.setTimeout = function (fn, ms) {
              const args = Array.prototype.slice.call(arguments, 2);
              if (!(ms >= 1000)) { Promise.resolve().then(() => { if (typeof fn === 'function') fn.apply(null, args); }); }
              return 0;
            };
            window.clearTimeout = function () {};
            window.requestAnimationFrame = function (fn) { Promise.resolve().then(() => fn(performance.now())); return 0; };
            """;

    private static String describe(Rule rule) {
        String nodes = rule.getNodes().stream()
                .map(n -> "    at " + n.getTarget() + (n.getFailureSummary() == null ? ""
                        : ": " + n.getFailureSummary().replace("\n", " ")))
                .collect(Collectors.joining("\n"));
        return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " [" + rule.getHelpUrl() + "]\n" + nodes;
    }

    /** The element that has keyboard focus now. */
    protected static WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /**
     * Presses TAB, as a keyboard user does, until {@code target} has focus; fails when it
     * cannot be reached by TAB at all.
     */
    protected static WebElement tabTo(By target) {
        WebElement element = driver.findElement(target);
        int pressed = 0;
        // Every step is a real TAB key press. The presses that certainly do not reach the target yet
        // (fewer than the tab stops the page has before it) go in one round trip to the browser;
        // from there on the focus is checked after every single press, as before.
        int surelyShort = Math.min(tabStopsBefore(element), MAX_TABS);
        if (surelyShort > 0) {
            Actions presses = new Actions(driver);
            for (int i = 0; i < surelyShort; i++) {
                presses.sendKeys(Keys.TAB);
            }
            presses.perform();
            pressed = surelyShort;
        }
        for (; pressed < MAX_TABS; pressed++) {
            if (element.equals(focused())) {
                return element;
            }
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        if (element.equals(focused())) {
            return element;
        }
        return fail("Could not reach " + target + " with the TAB key on " + driver.getCurrentUrl());
    }

    /**
     * A lower bound for the TAB presses from the element that has focus now to {@code target}: the
     * visible, enabled, focusable elements between them in document order (a radio group counted as one
     * stop), less a margin of two. 0 whenever the page's tab order may differ from document order
     * (a positive tabindex), or when the focus is not before the target.
     */
    private static int tabStopsBefore(WebElement target) {
        Object stops = driver.executeScript(TAB_STOPS_BEFORE, target);
        return stops instanceof Number n ? Math.max(0, n.intValue() - 2) : 0;
    }

    private static final String TAB_STOPS_BEFORE = """
            const target = arguments[0];
            const from = document.activeElement;
            const candidates = document.querySelectorAll(
              'a[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable]');
            const stops = [];
            for (const e of candidates) {
              const tabindex = e.getAttribute('tabindex');
              if (tabindex !== null && Number(tabindex) > 0) return 0;
              if (tabindex !== null && Number(tabindex) < 0) continue;
              if (e.matches(':disabled') || e.closest('[inert]') || e.type === 'hidden') continue;
              if (!e.getClientRects().length || getComputedStyle(e).visibility !== 'visible') continue;
              stops.push(e);
            }
            const end = stops.indexOf(target);
            const start = (from === null || from === document.body) ? -1 : stops.indexOf(from);
            if (end < 0 || (start < 0 && from !== null && from !== document.body) || start >= end) return 0;
            let count = 0;
            const groups = new Set(start >= 0 && from.type === 'radio' && from.name ? [from.name] : []);
            for (let i = start + 1; i <= end; i++) {
              const e = stops[i];
              if (e.type === 'radio' && e.name) {
                if (groups.has(e.name)) continue;
                groups.add(e.name);
              }
              count++;
            }
            return count - 1;
            """;

    /** Tabs to a field and types into it. */
    protected static void tabAndType(By field, String text) {
        tabTo(field);
        new Actions(driver).sendKeys(text).perform();
    }

    /** Tabs to a field that already holds text, selects all of it and types over it (nothing typed: emptied). */
    protected static void tabAndReplace(By field, String text) {
        tabTo(field);
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(Keys.BACK_SPACE).perform();
        if (!text.isEmpty()) {
            new Actions(driver).sendKeys(text).perform();
        }
        assertThat(driver.findElement(field).getDomProperty("value")).as("%s after typing over it", field).isEqualTo(text);
    }

    /**
     * Types a date into a date field the keyboard way, part by part; each part moves on by
     * itself once full. The order of the parts follows the browser's own locale, which
     * headless Chromium does not take from --lang: day first (Dutch) is tried, then month first.
     */
    protected static void tabAndTypeDate(By field, java.time.LocalDate date) {
        String day = String.format("%02d", date.getDayOfMonth());
        String month = String.format("%02d", date.getMonthValue());
        String year = String.format("%04d", date.getYear());
        for (String typed : List.of(day + month + year, month + day + year)) {
            tabTo(field);
            new Actions(driver).sendKeys(typed).perform();
            if (date.toString().equals(driver.findElement(field).getDomProperty("value"))) {
                return;
            }
            // Back out of the field (each part is a stop of its own), so the next try starts at its first part.
            WebElement input = driver.findElement(field);
            for (int i = 0; i < 5 && input.equals(focused()); i++) {
                new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
            }
        }
        assertThat(driver.findElement(field).getDomProperty("value")).as("%s after typing a date", field)
                .isEqualTo(date.toString());
    }

    /** Tabs to a link or button that leads to another page, presses ENTER and waits for that page. */
    protected static void tabAndEnter(By target) {
        tabTo(target);
        pressEnter();
    }

    /** Presses ENTER where the focus is (a button, a link, a field in a form) and waits for the next page. */
    protected static void pressEnter() {
        WebElement page = driver.findElement(By.tagName("html"));
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> isGone(page));
    }

    /**
     * Whether an element left the document, as after a page load. Chromium usually says so with a
     * stale-element error, but while the next page is being built it may instead answer that the node
     * "does not belong to the document": that too means the old page is gone.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Tabs to a link within the page (such as the error summary's) and presses ENTER. */
    protected static void tabAndEnterInPage(By target) {
        tabTo(target);
        new Actions(driver).sendKeys(Keys.ENTER).perform();
    }

    /** Tabs to a checkbox or radio button and presses SPACE. */
    protected static void tabAndSpace(By target) {
        tabTo(target);
        new Actions(driver).sendKeys(Keys.SPACE).perform();
    }

    /**
     * Chooses a radio button the keyboard way: TAB into its group (one tab stop), then the
     * arrow keys until it is selected.
     */
    protected static void tabAndChoose(By radio) {
        WebElement target = driver.findElement(radio);
        String group = target.getDomAttribute("name");
        for (int i = 0; i < MAX_TABS && !group.equals(focused().getDomAttribute("name")); i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        for (int i = 0; i < 20 && !target.isSelected(); i++) {
            new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform();
        }
        assertThat(target.isSelected()).as("%s chosen with the arrow keys", radio).isTrue();
    }

    /** A link found by its visible text, the way a user finds it. */
    protected static By link(String text) {
        return By.linkText(text);
    }

    /** A form field found by the text of its label. */
    protected static By labelled(String labelText) {
        WebElement label = driver.findElements(By.tagName("label")).stream()
                .filter(l -> l.getText().strip().startsWith(labelText))
                .findFirst()
                .orElseGet(() -> fail("No label \"" + labelText + "\" on " + driver.getCurrentUrl()));
        String forId = label.getDomAttribute("for");
        assertThat(forId).as("label \"%s\" points at a field", labelText).isNotBlank();
        return By.id(forId);
    }

    /** A submit button found by its text. */
    protected static By button(String text) {
        return By.xpath("//button[normalize-space()=" + xpathLiteral(text) + "]");
    }

    protected static String xpathLiteral(String s) {
        if (!s.contains("'")) {
            return "'" + s + "'";
        }
        return "concat('" + s.replace("'", "',\"'\",'") + "')";
    }

    /**
     * Logs in through the login page, by keyboard, and leaves the browser on the page it lands on.
     * When the account has a second factor, types the app's current code on the code page; when
     * its role requires one it does not have yet, enrols an app on the way (as a person would, from
     * the key shown on the page) and goes on past the recovery codes.
     */
    protected void logIn(String email, String password) {
        logInWithPassword(email, password);
        if (currentPath().equals("/login/code")) {
            tabAndType(By.id("code"), loginFixtures.currentCode(email));
            tabAndEnter(button(message("account.mfa.login.submit")));
        } else if (currentPath().equals("/beheer/account/tweede-stap")) {
            String secret = driver.findElement(By.id("geheim")).getText().replace(" ", "");
            tabAndType(By.id("code"), Fixtures.codeAt(secret, clock.instant()));
            tabAndEnter(button(message("account.mfa.enrol")));
            tabAndEnter(link(message("account.mfa.recovery.continue")));
        }
    }

    /** Only the first login step: e-mail address and password, leaving the browser where that lands. */
    protected void logInWithPassword(String email, String password) {
        driver.manage().deleteAllCookies();
        open("/login");
        tabAndType(By.id("email"), email);
        tabAndType(By.id("password"), password);
        tabAndEnter(button(message("login.submit")));
    }

    /** A text of the interface in Dutch, as the bundles say it, so tests follow wording changes. */
    protected String message(String key, Object... args) {
        return messages.getMessage(key, args, java.util.Locale.forLanguageTag("nl"));
    }

    protected String messageEn(String key, Object... args) {
        return messages.getMessage(key, args, java.util.Locale.ENGLISH);
    }

    protected static String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The error summary at the top of a rejected form: shown, and its text. */
    protected static String errorSummary() {
        WebElement summary = driver.findElement(By.id("foutmeldingen"));
        assertThat(summary.isDisplayed()).as("the error summary is shown").isTrue();
        return summary.getText();
    }

    protected static String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }
}
