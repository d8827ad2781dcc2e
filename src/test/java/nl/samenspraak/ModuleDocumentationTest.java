package nl.samenspraak;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Writes the modules' documentation a newcomer reads: the overall component diagram, a C4
 * component diagram and a module canvas per module, to target/spring-modulith-docs. Run it alone
 * with {@code ./mvnw test -Dtest=ModuleDocumentationTest}; the PlantUML files render with any
 * PlantUML viewer, the canvases are AsciiDoc.
 */
class ModuleDocumentationTest {

    static final Path OUTPUT = Path.of("target", "spring-modulith-docs");

    @Test
    void writesTheOverviewAndADiagramAndCanvasPerModule() {
        ApplicationModules modules = ApplicationModules.of(SamenspraakApplication.class);

        new Documenter(modules).writeDocumentation();

        assertThat(OUTPUT.resolve("components.puml")).isNotEmptyFile();
        assertThat(OUTPUT.resolve("all-docs.adoc")).isNotEmptyFile();
        modules.forEach(module -> {
            String id = module.getIdentifier().toString();
            assertThat(OUTPUT.resolve("module-" + id + ".puml")).as("diagram of %s", id).isNotEmptyFile();
            assertThat(OUTPUT.resolve("module-" + id + ".adoc")).as("canvas of %s", id).isNotEmptyFile();
        });
    }
}
