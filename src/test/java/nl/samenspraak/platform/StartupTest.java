package nl.samenspraak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.samenspraak.SamenspraakApplication;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.feedback.Notifications;
import nl.samenspraak.input.Author;
import nl.samenspraak.input.ContactBy;
import nl.samenspraak.feedback.FeedbackLoop;
import nl.samenspraak.input.FeedbackStatus;
import nl.samenspraak.input.InputIntake;
import nl.samenspraak.process.Processes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Starts the whole app the way a user does: from an empty data directory, again, and against an external PostgreSQL. */
class StartupTest {

    private static ConfigurableApplicationContext start(String... properties) {
        // Command-line arguments, as a user would pass them: they win over application.properties.
        var merged = new java.util.LinkedHashMap<String, String>();
        for (String p : java.util.List.of("server.port=0", "samenspraak.outbox.interval=PT1H", "spring.main.banner-mode=off")) {
            merged.put(p.substring(0, p.indexOf('=')), p.substring(p.indexOf('=') + 1));
        }
        for (String p : properties) {
            merged.put(p.substring(0, p.indexOf('=')), p.substring(p.indexOf('=') + 1));
        }
        String[] args = merged.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
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

    /** An acknowledged answer waits through a mail server outage and an app restart, then reaches its author. */
    @Test
    void anAnswerWaitingForADownMailServerIsSentAfterARestart(@TempDir Path dataDir) throws Exception {
        int smtpPort;
        try (var socket = new java.net.ServerSocket(0)) {
            smtpPort = socket.getLocalPort();
        }
        String[] settings = {"samenspraak.data-dir=" + dataDir, "samenspraak.demo=false",
                "spring.mail.host=127.0.0.1", "spring.mail.port=" + smtpPort, "samenspraak.outbox.interval=PT0.2S",
                "spring.mail.properties.mail.smtp.connectiontimeout=1000"};
        UUID collaborationId;
        UUID inputId;
        String followCode;
        try (var app = start(settings)) {
            var collaboration = app.getBean(Collaborations.class).create("herstart", "Herstart", "Regio", "", List.of(),
                    List.of(), "test");
            collaborationId = collaboration.id();
            UUID process = app.getBean(Processes.class).create(collaborationId, Fixtures.aProcessDraft("Buurthuis"), "test");
            var receipt = app.getBean(InputIntake.class).receiveOnline(process, "Langer open graag", true,
                    new Author("Fatima", "fatima@example.org", null, null, ContactBy.EMAIL, true));
            inputId = receipt.id();
            followCode = receipt.followCode().display();
            app.getBean(FeedbackLoop.class).answer(collaborationId, inputId, FeedbackStatus.ADOPTED,
                    "Het buurthuis gaat op dinsdag langer open.", null, "test");
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            awaitTrue(() -> jdbc.sql("SELECT coalesce(max(attempts), 0) FROM outbox_mail WHERE collaboration_id = :c")
                    .param("c", collaborationId).query(Integer.class).single() >= 1);
            // The receipt and the answer both wait for the mail server.
            awaitTrue(() -> app.getBean(Notifications.class).of(collaborationId, inputId).size() == 2);
            assertThat(app.getBean(Notifications.class).of(collaborationId, inputId))
                    .extracting(n -> n.kind() + " " + n.state())
                    .containsExactlyInAnyOrder("RECEIPT QUEUED", "ANSWER QUEUED");
        }

        GreenMail mailServer = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mailServer.start();
        try (var app = start(settings)) {
            // Skip the back-off pause the failed attempt caused; the retry itself is what is tested.
            app.getBean(JdbcClient.class).sql("UPDATE outbox_mail SET next_attempt_at = now() WHERE sent_at IS NULL").update();
            awaitTrue(() -> mailServer.getReceivedMessages().length == 2);
            for (var message : mailServer.getReceivedMessages()) {
                assertThat(message.getSubject()).contains(followCode);
            }
            awaitTrue(() -> app.getBean(Notifications.class).of(collaborationId, inputId).stream()
                    .allMatch(n -> n.state().equals("SENT")));
        } finally {
            mailServer.stop();
        }
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 20 s");
            }
            Thread.sleep(100);
        }
    }

    /** A weak SAMENSPRAAK_ADMIN_PASSWORD stops the app with the broken rule named; a good one then makes the administrator. */
    @Test
    void aWeakAdministratorPasswordStopsTheStartAndNamesTheRule(@TempDir Path dataDir) {
        String email = "beheer@gemeente.example";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> start("samenspraak.data-dir=" + dataDir,
                        "samenspraak.demo=false", "samenspraak.admin.email=" + email, "samenspraak.admin.password=password1234"))
                .hasStackTraceContaining("SAMENSPRAAK_ADMIN_PASSWORD is not accepted")
                .hasStackTraceContaining("list of commonly used and leaked passwords");

        try (var app = start("samenspraak.data-dir=" + dataDir, "samenspraak.demo=false",
                "samenspraak.admin.email=" + email, "samenspraak.admin.password=vier reigers in de Biesbosch")) {
            assertThat(app.getBean(JdbcClient.class).sql("SELECT count(*) FROM staff_account WHERE platform_admin")
                    .query(Integer.class).single()).as("only the start with the good password made the administrator")
                    .isEqualTo(1);
        }
    }

    @Test
    void externalPostgresIsUsedWithTheSameMigrationsAndWithoutDemoContentWhenAUrlIsGiven(@TempDir Path dataDir) throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
            String url = external.getJdbcUrl("postgres", "postgres");
            // No samenspraak.demo given: the default must keep demo logins out of an external database.
            try (var app = start("spring.datasource.url=" + url, "spring.datasource.username=postgres",
                    "samenspraak.data-dir=" + dataDir)) {
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
                assertThat(jdbc.sql("SELECT count(*) FROM staff_account").query(Integer.class).single()).isZero();
            }
            assertThat(dataDir.resolve("postgres")).doesNotExist();
        }
    }
}
