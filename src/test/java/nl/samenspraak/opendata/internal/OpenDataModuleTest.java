package nl.samenspraak.opendata.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.collaboration.OpenDataLicence;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/** The open data module with the modules it reads from: a collaboration's processes file names its licence. */
// Closed after this class: its own PostgreSQL and scheduled jobs would otherwise run beside the
// whole-app tests for the rest of the run.
@DirtiesContext
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = {"samenspraak.data-dir=", "samenspraak.demo=false"})
class OpenDataModuleTest {

    @Autowired Collaborations collaborations;
    @Autowired OpenDataExport export;

    @Test
    void aCollaborationsProcessesFileNamesItsLicence() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Collaboration collaboration = collaborations.create("opendata-" + unique, "Open " + unique, "Texel", "",
                List.of(), List.of(), "test");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        Downloads.json(export.processesOf(collaboration.slug()).orElseThrow(), out);

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("\"licence\":{\"id\":\"" + OpenDataLicence.DEFAULT.name() + "\"", "\"processes\":[]");
        assertThat(export.processesOf(collaboration.slug() + "-onbekend")).isEmpty();
    }
}
