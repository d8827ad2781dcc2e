package nl.samenspraak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The ICU message source changes only the messages that ask for ICU: every other message, in every
 * bundle and both languages, renders exactly as Spring's own message source renders it.
 */
class IcuMessageSourceTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private static final Pattern ICU_ONLY = Pattern.compile("\\{\\s*\\d+\\s*,\\s*(plural|select|selectordinal)\\s*,");

    private final IcuMessageSource icu = configure(new IcuMessageSource());
    private final ResourceBundleMessageSource spring = configure(new ResourceBundleMessageSource());

    @Test
    void everyMessageWrittenForJavaRendersTheSameUnderIcu() throws IOException {
        List<String> different = new ArrayList<>();
        int compared = 0;
        for (Locale locale : List.of(DUTCH, Locale.ENGLISH)) {
            for (var message : messages(locale)) {
                if (ICU_ONLY.matcher(message.text()).find()) continue;
                int count = argumentCount(message.text());
                // Without arguments neither source parses a message, so only messages with placeholders can differ.
                if (count == 0) continue;
                for (Object[] args : sampleArguments(count, true)) {
                    String expected = render(spring, message.key(), args, locale);
                    if (expected.startsWith("!")) continue; // a word given to a number format: not a use the app makes
                    String actual = render(icu, message.key(), args, locale);
                    compared++;
                    if (!expected.equals(actual)) {
                        different.add(locale + " " + message.key() + "\n  Spring: " + expected + "\n  ICU:    " + actual);
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(1_000);
        assertThat(different).isEmpty();
    }

    @Test
    void everyIcuMessageParsesAndCountsInBothLanguages() throws IOException {
        List<String> problems = new ArrayList<>();
        int plural = 0;
        for (Locale locale : List.of(DUTCH, Locale.ENGLISH)) {
            for (var message : messages(locale)) {
                if (!ICU_ONLY.matcher(message.text()).find()) continue;
                plural++;
                // Counts for plural forms, words for select (a preposition, a kind): one of the two must fit.
                String counted = render(icu, message.key(), sampleArguments(argumentCount(message.text()), false).get(2), locale);
                String worded = render(icu, message.key(), new Object[] {"op", "op", "op", "op"}, locale);
                if (counted.startsWith("!") && worded.startsWith("!")) problems.add(locale + " " + message.key() + ": " + counted);
            }
        }
        assertThat(plural).as("messages with plural forms").isGreaterThan(10);
        assertThat(problems).isEmpty();
    }

    @Test
    void pluralFormsFollowTheNumber() {
        assertThat(icu.getMessage("feedback.letters.made", new Object[] {1}, DUTCH)).isEqualTo("De PDF is klaar. Er staat 1 brief in.");
        assertThat(icu.getMessage("feedback.letters.made", new Object[] {34}, DUTCH)).contains("34 brieven");
        assertThat(icu.getMessage("feedback.letters.made", new Object[] {1}, Locale.ENGLISH)).contains("1 letter.");
        assertThat(icu.getMessage("feedback.letters.made", new Object[] {2}, Locale.ENGLISH)).contains("2 letters");
        assertThat(icu.getMessage("knowledge.search.count", new Object[] {34}, DUTCH)).isEqualTo("We vonden 34 pagina's.");
        assertThat(icu.getMessage("knowledge.search.count", new Object[] {1}, DUTCH)).isEqualTo("We vonden 1 pagina.");
        assertThat(icu.getMessage("knowledge.search.count", new Object[] {1_234}, DUTCH)).isEqualTo("We vonden 1.234 pagina's.");
    }

    @Test
    void aCountThatArrivesAsTextIsCountedAndHostileTextGivesNoError() {
        assertThat(icu.getMessage("input.staff.process.batchDone", new Object[] {"3"}, Locale.ENGLISH)).startsWith("3 inputs have");
        assertThat(icu.getMessage("input.staff.process.batchDone", new Object[] {"1"}, Locale.ENGLISH)).startsWith("1 input has");
        assertThat(icu.getMessage("input.staff.process.batchDone", new Object[] {"<script>alert(1)</script>"}, Locale.ENGLISH))
                .startsWith("0 inputs have");
        assertThat(icu.getMessage("meeting.staff.cancelledNotice", new Object[] {"x".repeat(65_536)}, DUTCH))
                .contains("0 mensen krijgen bericht");
    }

    @Test
    void messagesWithoutArgumentsAreNotParsed() {
        // Spring returns a message without arguments as written: a doubled apostrophe stays doubled there,
        // which is why such messages use a single one. ICU must not change that behaviour.
        var messages = new Properties();
        icu.setCommonMessages(messages);
        messages.setProperty("test.plain", "Dit is Jan''s {tekst}");
        assertThat(icu.getMessage("test.plain", null, DUTCH)).isEqualTo("Dit is Jan''s {tekst}");
        assertThat(icu.getMessage("test.plain", new Object[0], DUTCH)).isEqualTo("Dit is Jan''s {tekst}");
    }

    @Test
    void defaultMessagesWithArgumentsAreFormattedToo() {
        assertThat(icu.getMessage("no.such.key", new Object[] {2}, "{0, plural, one {# dag} other {# dagen}}", DUTCH))
                .isEqualTo("2 dagen");
        assertThat(icu.getMessage("no.such.key", new Object[] {1}, "{0, plural, one {# dag} other {# dagen}}", DUTCH))
                .isEqualTo("1 dag");
    }

    private static String render(ResourceBundleMessageSource source, String key, Object[] args, Locale locale) {
        try {
            return source.getMessage(key, args, locale);
        } catch (RuntimeException e) {
            return "!" + e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /** Numbers (one, many, thousands) and words, so choice formats and plain placeholders are both exercised. */
    private static List<Object[]> sampleArguments(int count, boolean withWords) {
        List<Object[]> samples = new ArrayList<>();
        List<Object> values = new ArrayList<>(List.of(0, 1, 2, 34, 1_234));
        if (withWords) values.add("Tekst met 'aanhalingstekens' en {accolades}");
        for (Object value : values) {
            Object[] args = new Object[count];
            for (int i = 0; i < count; i++) args[i] = value instanceof Integer n ? n + i : value;
            samples.add(args);
        }
        return samples;
    }

    private static int argumentCount(String text) {
        int max = -1;
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) max = Math.max(max, Integer.parseInt(m.group(1)));
        return max + 1;
    }

    private record Message(String key, String text) {}

    private static List<Message> messages(Locale locale) throws IOException {
        List<Message> all = new ArrayList<>();
        String suffix = locale.equals(Locale.ENGLISH) ? "_en.properties" : ".properties";
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(suffix)
                    && (!suffix.equals(".properties") || !p.getFileName().toString().endsWith("_en.properties"))).toList()) {
                Properties bundle = new Properties();
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    bundle.load(reader);
                }
                bundle.stringPropertyNames().forEach(key -> all.add(new Message(key, bundle.getProperty(key))));
            }
        }
        return all;
    }

    private static <T extends ResourceBundleMessageSource> T configure(T source) {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            source.setBasenames(files.map(p -> p.getFileName().toString())
                    .filter(name -> !name.endsWith("_en.properties"))
                    .map(name -> "i18n/" + name.replace(".properties", ""))
                    .toArray(String[]::new));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
