package io.pierre.data.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    private static final Path BASE = Path.of("/srv/pierre");

    @Test
    void sqliteUrlsAreSqliteWithTheirPathResolvedAgainstTheProject() {
        DatabaseUrl url = DatabaseUrl.parse("sqlite:./x.db", BASE);
        assertEquals(DatabaseVendor.SQLITE, url.vendor());
        assertEquals("/srv/pierre/x.db", url.serverProperties().get("pierre.sqlite.path"));
        assertEquals(
                "/var/lib/p.db",
                DatabaseUrl.parse("sqlite:/var/lib/p.db", BASE)
                        .serverProperties()
                        .get("pierre.sqlite.path"));
    }

    @Test
    void anInMemorySqliteDatabaseIsRejectedBecauseAPoolWouldSplitIt() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> DatabaseUrl.parse("sqlite::memory:", BASE));
        assertTrue(e.getMessage().contains("own empty database"), e.getMessage());
    }

    @Test
    void postgresqlAndPostgresSchemesArePostgresqlWithAJdbcUrl() {
        for (String scheme : new String[] {"postgresql", "postgres"}) {
            DatabaseUrl url =
                    DatabaseUrl.parse(scheme + "://pierre:s%40cret@db.example:6543/pierre?sslmode=require", BASE);
            assertEquals(DatabaseVendor.POSTGRESQL, url.vendor());
            assertEquals(
                    "jdbc:postgresql://db.example:6543/pierre?sslmode=require",
                    url.serverProperties().get("pierre.postgresql.url"));
            assertEquals("pierre", url.serverProperties().get("pierre.postgresql.user"));
            assertEquals("s@cret", url.serverProperties().get("pierre.postgresql.password"));
        }
        assertEquals(
                "jdbc:postgresql://localhost:5432/db",
                DatabaseUrl.parse("postgresql://u:p@localhost/db", BASE)
                        .serverProperties()
                        .get("pierre.postgresql.url"));
    }

    @Test
    void unsupportedUrlsListTheSupportedFormsWithThePasswordMasked() {
        IllegalArgumentException mysql = assertThrows(
                IllegalArgumentException.class, () -> DatabaseUrl.parse("mysql://root:hunter2@localhost/pierre", BASE));
        assertFalse(mysql.getMessage().contains("hunter2"), mysql.getMessage());
        assertTrue(mysql.getMessage().contains("mysql://root:***@localhost/pierre"), mysql.getMessage());
        assertTrue(mysql.getMessage().contains("sqlite:path/to/db.sqlite"), mysql.getMessage());
        assertTrue(mysql.getMessage().contains("postgresql://user:pass@host:port/db"), mysql.getMessage());

        assertThrows(IllegalArgumentException.class, () -> DatabaseUrl.parse("invalid_url", BASE));
        assertThrows(IllegalArgumentException.class, () -> DatabaseUrl.parse("postgresql://u:p@host-without-db", BASE));
    }

    @Test
    void aPostgresqlUrlWithoutCredentialsSaysTheyAreNeeded() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> DatabaseUrl.parse("postgresql://localhost/db", BASE));
        assertTrue(e.getMessage().contains("needs a user and a password"), e.getMessage());
    }

    @Test
    void toStringAndMaskNeverShowThePassword() {
        assertEquals(
                "postgresql://pierre:***@db/pierre",
                DatabaseUrl.parse("postgresql://pierre:topsecret@db/pierre", BASE)
                        .toString());
        assertEquals("postgresql://db/pierre", DatabaseUrl.mask("postgresql://db/pierre"));
        assertEquals("sqlite:x.db", DatabaseUrl.mask("sqlite:x.db"));
    }
}
