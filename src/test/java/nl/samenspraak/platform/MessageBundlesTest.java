package nl.samenspraak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text is in a bundle, in Dutch and English alike, and no template carries its own text. */
class MessageBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    @Test
    void dutchAndEnglishBundlesHaveTheSameKeysAndNoEmptyTexts() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path dutch : files.filter(p -> p.toString().endsWith(".properties") && !p.toString().endsWith("_en.properties")).toList()) {
                Path english = dutch.resolveSibling(dutch.getFileName().toString().replace(".properties", "_en.properties"));
                assertThat(english).as("English bundle beside " + dutch).exists();
                Properties nl = load(dutch);
                Properties en = load(english);
                Set<String> onlyNl = new TreeSet<>(nl.stringPropertyNames());
                onlyNl.removeAll(en.stringPropertyNames());
                Set<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
                onlyEn.removeAll(nl.stringPropertyNames());
                if (!onlyNl.isEmpty()) problems.add(english + " lacks " + onlyNl);
                if (!onlyEn.isEmpty()) problems.add(dutch + " lacks " + onlyEn);
                for (Properties bundle : List.of(nl, en)) {
                    bundle.forEach((k, v) -> {
                        if (v.toString().isBlank()) problems.add("empty text for " + k);
                    });
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyMessageKeyUsedInTemplatesExists() throws IOException {
        Properties all = new Properties();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".properties") && !p.toString().endsWith("_en.properties")).toList()) {
                all.putAll(load(p));
            }
        }
        Pattern key = Pattern.compile("#\\{([a-zA-Z0-9_.-]+)[}(]");
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = key.matcher(Files.readString(template));
            while (m.find()) {
                if (!all.containsKey(m.group(1))) missing.add(template + ": " + m.group(1));
            }
        }
        assertThat(missing).isEmpty();
    }

    /**
     * Text between tags must come from th:text (the literal is only a design-time placeholder
     * that Thymeleaf replaces); attributes people read must use th: equivalents.
     */
    @Test
    void templatesHaveNoLiteralTextThatReachesTheUser() throws IOException {
        Pattern textNode = Pattern.compile("<([a-zA-Z0-9]+)([^<>]*)>([^<>]*[\\p{L}][^<>]*)</\\1>");
        Pattern readableAttribute = Pattern.compile("\\s(alt|title|aria-label|placeholder)=\"[^\"]*\\p{L}[^\"]*\"|<input[^>]*type=\"(?:submit|button)\"[^>]*\svalue=\"[^\"]*\\p{L}[^\"]*\"");
        List<String> literal = new ArrayList<>();
        for (Path template : templates()) {
            String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
            Matcher m = textNode.matcher(html);
            while (m.find()) {
                String attributes = m.group(2);
                boolean replaced = attributes.contains("th:text") || attributes.contains("th:utext")
                        || attributes.contains("th:replace") || attributes.contains("th:insert");
                boolean languageName = attributes.contains("lang=") && m.group(1).equals("a");
                if (!replaced && !languageName && !m.group(1).equals("style") && !m.group(1).equals("script")) {
                    literal.add(template + ": " + m.group());
                }
            }
            Matcher a = readableAttribute.matcher(html);
            while (a.find()) {
                literal.add(template + ": attribute " + a.group().strip());
            }
        }
        assertThat(literal).isEmpty();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }

    private static Properties load(Path path) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
