package nl.samenspraak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.DependencyType;
import org.springframework.modulith.docs.Documenter;

/**
 * Writes the modules' documentation a newcomer reads: the overall component diagram, a C4
 * component diagram and a module canvas per module, to target/spring-modulith-docs. Run it alone
 * with {@code ./mvnw test -Dtest=ModuleDocumentationTest}; the PlantUML files render with any
 * PlantUML viewer, the canvases are AsciiDoc.
 *
 * <p>It also keeps the module diagram in {@code docs/architecture.md} true: the diagram there is
 * drawn from the same module model, and this test fails when the code has moved on. Add
 * {@code -Ddocs.update=true} to rewrite it.
 */
class ModuleDocumentationTest {

    static final Path OUTPUT = Path.of("target", "spring-modulith-docs");
    static final Path ARCHITECTURE = Path.of("docs", "architecture.md");
    static final String START = "<!-- module-diagram:start (written by ModuleDocumentationTest) -->";
    static final String END = "<!-- module-diagram:end -->";

    final ApplicationModules modules = ApplicationModules.of(SamenspraakApplication.class);

    @Test
    void writesTheOverviewAndADiagramAndCanvasPerModule() {
        new Documenter(modules).writeDocumentation();

        assertThat(OUTPUT.resolve("components.puml")).isNotEmptyFile();
        assertThat(OUTPUT.resolve("all-docs.adoc")).isNotEmptyFile();
        modules.forEach(module -> {
            String id = module.getIdentifier().toString();
            assertThat(OUTPUT.resolve("module-" + id + ".puml")).as("diagram of %s", id).isNotEmptyFile();
            assertThat(OUTPUT.resolve("module-" + id + ".adoc")).as("canvas of %s", id).isNotEmptyFile();
        });
    }

    @Test
    void architectureDocumentShowsTheModulesAsTheCodeHasThem() throws IOException {
        String doc = Files.readString(ARCHITECTURE, StandardCharsets.UTF_8);
        int start = doc.indexOf(START);
        int end = doc.indexOf(END);
        assertThat(start).as("docs/architecture.md has the diagram markers").isNotNegative();
        assertThat(end).isGreaterThan(start);
        String current = doc.substring(start + START.length(), end);
        String drawn = "\n" + mermaid() + "\n";
        if (Boolean.getBoolean("docs.update") && !current.equals(drawn)) {
            Files.writeString(ARCHITECTURE, doc.substring(0, start + START.length()) + drawn + doc.substring(end),
                    StandardCharsets.UTF_8);
            return;
        }
        assertThat(current).as("docs/architecture.md is out of date; run ./mvnw test -Dtest=ModuleDocumentationTest"
                + " -Ddocs.update=true and read the change").isEqualTo(drawn);
    }

    /**
     * Solid arrows: a module calls another's API. Dashed arrows: it listens to an event the other
     * publishes. Platform is left out: every module uses it and it uses none.
     */
    String mermaid() {
        StringBuilder out = new StringBuilder("```mermaid\nflowchart LR\n");
        List<ApplicationModule> all = modules.stream()
                .sorted(Comparator.comparing(m -> m.getIdentifier().toString())).toList();
        for (ApplicationModule module : all) {
            String id = module.getIdentifier().toString();
            if (!id.equals("platform")) {
                out.append("    ").append(id).append("[").append(id).append("]\n");
            }
        }
        for (ApplicationModule module : all) {
            String from = module.getIdentifier().toString();
            TreeSet<String> calls = new TreeSet<>();
            module.getDirectDependencies(modules).stream()
                    .filter(d -> d.getDependencyType() != DependencyType.EVENT_LISTENER)
                    .map(d -> d.getTargetModule().getIdentifier().toString())
                    .filter(to -> !to.equals("platform") && !to.equals(from))
                    .forEach(calls::add);
            calls.forEach(to -> out.append("    ").append(from).append(" --> ").append(to).append("\n"));
            TreeSet<String> listens = new TreeSet<>();
            module.getEventsListenedTo(modules).forEach(event -> modules.getModuleByType(event.getName())
                    .map(publisher -> publisher.getIdentifier().toString())
                    .filter(publisher -> !publisher.equals("platform") && !publisher.equals(from))
                    .ifPresent(publisher -> listens.add(publisher + " -. " + event.getSimpleName() + " .-> " + from)));
            listens.forEach(line -> out.append("    ").append(line).append("\n"));
        }
        return out.append("```").toString();
    }
}
