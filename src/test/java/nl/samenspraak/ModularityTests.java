package nl.samenspraak;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The module boundaries, checked without Spring: Modulith's verification (no cycles, no access to
 * another module's internals), tests that keep to their module, SQL that keeps to its own tables,
 * and an {@code @ApplicationModuleTest} per module.
 */
class ModularityTests {

    private static final String ROOT = "nl.samenspraak";
    private static final Path MAIN = Path.of("src/main/java/nl/samenspraak");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern INTERNAL = Pattern.compile("^nl\\.samenspraak\\.(\\w+)\\.internal(\\..*)?$");

    /** Modulith's model of the modules; reading the classes once is enough for every test here. */
    private static final ApplicationModules MODULES = ApplicationModules.of(SamenspraakApplication.class);
    /** The compiled test classes, read once. */
    private static final JavaClasses TESTS = new ClassFileImporter()
            .withImportOption(new ImportOption.OnlyIncludeTests()).importPackages(ROOT);

    /**
     * Tables created by another module's migration than the one that owns them; migrations that ran
     * cannot be renamed. login_throttle came with platform's audit-chain migration (V122) but only
     * account's login throttle uses it.
     */
    private static final Map<String, String> CREATED_FOR_ANOTHER_MODULE = Map.of("login_throttle", "account",
            // V135 holds the decision news of feedback and of the pool: one migration number for one feature.
            "pool_result_news", "pool", "pool_result_news_stop", "pool");

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        assertThat(MODULES.stream().map(m -> m.getIdentifier().toString()))
                .contains("platform", "account", "collaboration", "process", "input");
        MODULES.verify();
    }

    @Test
    void testsReachInternalsOnlyFromTheirOwnPackage() {
        Set<String> violations = new TreeSet<>();
        for (JavaClass test : TESTS) {
            for (Dependency dependency : test.getDirectDependenciesFromSelf()) {
                Matcher target = INTERNAL.matcher(dependency.getTargetClass().getPackageName());
                if (target.matches() && !test.getPackageName().startsWith(ROOT + "." + target.group(1) + ".internal")) {
                    violations.add(test.getName() + " uses " + dependency.getTargetClass().getName());
                }
            }
        }
        violations.forEach(v -> System.out.println("Test reaches another package's internals: " + v));
        assertThat(violations).as("test classes outside <module>.internal that use a type in it").isEmpty();
    }

    /**
     * A module's SQL names only its own tables; it asks another module's API for the rest. A table
     * belongs to the module in the name of the migration that creates it ({@code V<nnn>__<module>_...sql});
     * foreign keys ({@code REFERENCES}) in migrations are fine.
     */
    @Test
    void noModuleSqlNamesAnotherModulesTable() throws IOException {
        Map<String, String> owners = tableOwners();
        List<String> violations = new ArrayList<>();
        for (String module : moduleNames()) {
            try (Stream<Path> sources = Files.walk(MAIN.resolve(module))) {
                for (Path source : sources.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    String sql = stringLiterals(Files.readString(source, StandardCharsets.UTF_8));
                    Matcher named = TABLE_USE.matcher(sql);
                    Set<String> reported = new TreeSet<>();
                    while (named.find()) {
                        String table = named.group(2);
                        String owner = owners.get(table);
                        if (owner != null && !owner.equals(module) && reported.add(table)) {
                            violations.add(module + ": " + MAIN.resolve(module).relativize(source) + " names "
                                    + table + " (" + owner + ")");
                        }
                    }
                }
            }
        }
        violations.forEach(v -> System.out.println("SQL names another module's table: " + v));
        assertThat(owners).containsEntry("input", "input").containsEntry("process", "process")
                .containsEntry("letter_batch", "feedback").containsEntry("knowledge_lesson", "knowledge");
        assertThat(violations).as("module: file names table (its owner)").isEmpty();
    }

    @Test
    void everyModuleHasAnApplicationModuleTestOrSaysWhyNot() throws IOException {
        List<String> missing = new ArrayList<>();
        for (ApplicationModule module : MODULES) {
            String base = module.getBasePackage().getName();
            boolean tested = TESTS.stream()
                    .filter(c -> c.getPackageName().equals(base) || c.getPackageName().startsWith(base + "."))
                    .anyMatch(c -> c.isAnnotatedWith("org.springframework.modulith.test.ApplicationModuleTest"));
            Path info = MAIN.resolve(module.getIdentifier().toString()).resolve("package-info.java");
            boolean explained = Files.exists(info)
                    && Files.readString(info, StandardCharsets.UTF_8).contains("No @ApplicationModuleTest because");
            if (!tested && !explained) {
                missing.add(module.getIdentifier().toString());
            }
        }
        missing.forEach(m -> System.out.println("No @ApplicationModuleTest and no reason why not: " + m));
        assertThat(missing).as("modules without an @ApplicationModuleTest or a reason in package-info.java").isEmpty();
    }

    /** SQL keywords (the code writes them in capitals) followed by the table they name. */
    private static final Pattern TABLE_USE =
            Pattern.compile("\\b(FROM|JOIN|INTO|UPDATE|DELETE\\s+FROM)\\s+([a-z_][a-z0-9_]*)\\b");
    private static final Pattern CREATE_TABLE =
            Pattern.compile("(?i)\\bCREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?([a-z_][a-z0-9_]*)");
    private static final Pattern MIGRATION = Pattern.compile("V\\d+__([a-z]+)(?:_.*)?\\.sql");

    /** Table name to owning module, from the migration file names. */
    private static Map<String, String> tableOwners() throws IOException {
        Set<String> modules = moduleNames();
        Map<String, String> owners = new TreeMap<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.sorted().toList()) {
                Matcher name = MIGRATION.matcher(file.getFileName().toString());
                assertThat(name.matches()).as("migration named V<nnn>__<module>_...sql: %s", file).isTrue();
                String module = name.group(1);
                assertThat(modules).as("module named by %s", file).contains(module);
                Matcher created = CREATE_TABLE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (created.find()) {
                    owners.putIfAbsent(created.group(1), module);
                }
            }
        }
        owners.putAll(CREATED_FOR_ANOTHER_MODULE);
        return owners;
    }

    private static Set<String> moduleNames() throws IOException {
        try (Stream<Path> dirs = Files.list(MAIN)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"\\s*\\n(.*?)\"\"\"", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern COMMENT = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);

    /** The text of a source's string literals and text blocks, in order, each separated by a space. */
    static String stringLiterals(String source) {
        StringBuilder text = new StringBuilder();
        Matcher block = TEXT_BLOCK.matcher(source);
        StringBuilder rest = new StringBuilder();
        int at = 0;
        while (block.find()) {
            text.append(block.group(1)).append(' ');
            rest.append(source, at, block.start()).append(' ');
            at = block.end();
        }
        rest.append(source.substring(at));
        Matcher string = STRING.matcher(COMMENT.matcher(rest).replaceAll(" "));
        while (string.find()) {
            text.append(string.group(1)).append(' ');
        }
        return text.toString();
    }
}
