package io.pierre.data.db;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The databases Pierre supports, recognised from the datasource's JDBC metadata. */
public enum DatabaseVendor {
    SQLITE("SQLite", "sqlite"),
    POSTGRESQL("PostgreSQL", "postgresql");

    private final String productName;
    private final String migrationFolder;

    DatabaseVendor(String productName, String migrationFolder) {
        this.productName = productName;
        this.migrationFolder = migrationFolder;
    }

    public String productName() {
        return productName;
    }

    /** Flyway location of this database's migrations (same versions in every folder). */
    public String migrationLocation() {
        return "classpath:db/migration/" + migrationFolder;
    }

    /** The vendor whose JDBC product name is {@code productName} (case-insensitive), or empty. */
    public static Optional<DatabaseVendor> fromProductName(String productName) {
        String name = productName == null ? "" : productName.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.productName.toLowerCase(Locale.ROOT).equals(name)).findFirst();
    }

    public static String supportedProductNames() {
        return Arrays.stream(values()).map(DatabaseVendor::productName).collect(Collectors.joining(" or "));
    }
}
