package io.pierre.data.db;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The databases Pierre supports, recognised from the datasource's JDBC metadata. */
public enum DatabaseVendor {
    SQLITE("SQLite", "sqlite", "SELECT CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)"),
    POSTGRESQL("PostgreSQL", "postgresql", "SELECT CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS bigint)");

    private final String productName;
    private final String migrationFolder;
    private final String currentTimeMillisQuery;

    DatabaseVendor(String productName, String migrationFolder, String currentTimeMillisQuery) {
        this.productName = productName;
        this.migrationFolder = migrationFolder;
        this.currentTimeMillisQuery = currentTimeMillisQuery;
    }

    public String productName() {
        return productName;
    }

    /** Flyway location of this database's migrations (same versions in every folder). */
    public String migrationLocation() {
        return "classpath:db/migration/" + migrationFolder;
    }

    /** A query answering the database's current time in milliseconds since the epoch, one row and one column. */
    public String currentTimeMillisQuery() {
        return currentTimeMillisQuery;
    }

    /** The vendor whose JDBC product name is {@code productName} (case-insensitive), or empty. */
    public static Optional<DatabaseVendor> fromProductName(String productName) {
        String name = productName == null ? "" : productName.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(v -> v.productName.toLowerCase(Locale.ROOT).equals(name))
                .findFirst();
    }

    public static String supportedProductNames() {
        return Arrays.stream(values()).map(DatabaseVendor::productName).collect(Collectors.joining(" or "));
    }
}
