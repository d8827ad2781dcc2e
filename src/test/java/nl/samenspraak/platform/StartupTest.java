package nl.samenspraak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.samenspraak.SamenspraakApplication;
import nl.samenspraak.collaboration.Collaborations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Starts the whole app the way a user does: from an empty data directory, again, and against an external PostgreSQL. */
class StartupTest {

    private static ConfigurableApplicationContext start(String... properties) {
        // Command-line arguments, as a user would pass them: they win over application.properties.
        String[] args = java.util.stream.Stream.concat(
                        java.util.stream.Stream.of("server.port=0", "samenspraak.outbox.interval=PT1H", "spring.main.banner-mode=off"),
                        java.util.Arrays.stream(properties))
                .map(p -> "--" + p).toArray(String[]::new);
        return new SpringApplicationBuilder(SamenspraakApplication.class).run(args);
    }

    @Test
    void embeddedDatabaseKeepsItsDataAcrossARestartAndTheDemoLoadsOnlyOnce(@TempDir Path dataDir) {
        int first;
        try (var app = start("samenspraak.data-dir=" + dataDir, "samenspraak.demo=true")) {
            Collaborations collaborations = app.getBean(Collaborations.class);
            assertThat(collaborations.findBySlug("texel")).isPresent();
            first = collaborations.all().size();
            assertThat(first).isEqualTo(14);
        }
        assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();

        try (var app = start("samenspraak.data-dir=" + dataDir, "samenspraak.demo=true")) {
            assertThat(app.getBean(Collaborations.class).all()).hasSize(first);
        }
    }

    @Test
    void externalPostgresIsUsedWithTheSameMigrationsWhenAUrlIsGiven(@TempDir Path dataDir) throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
            String url = external.getJdbcUrl("postgres", "postgres");
            try (var app = start("spring.datasource.url=" + url, "spring.datasource.username=postgres",
                    "samenspraak.data-dir=" + dataDir, "samenspraak.demo=false")) {
                JdbcClient jdbc = app.getBean(JdbcClient.class);
                String database = jdbc.sql("SELECT inet_server_port()::text").query(String.class).single();
                assertThat(database).isEqualTo(String.valueOf(external.getPort()));
                Integer migrations = jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE success").query(Integer.class).single();
                long files;
                try (var stream = Files.list(Path.of("src/main/resources/db/migration"))) {
                    files = stream.filter(p -> p.getFileName().toString().endsWith(".sql")).count();
                }
                assertThat(migrations.longValue()).isEqualTo(files);
                assertThat(app.getBean(Collaborations.class).isEmpty()).isTrue();
            }
            assertThat(dataDir.resolve("postgres")).doesNotExist();
        }
    }
}
