package io.pierre.data.db;

/**
 * What the deployment found and did at startup.
 *
 * @param schemaVersion the latest applied migration version
 */
public record DatabaseInfo(DatabaseVendor vendor, String productVersion, String schemaVersion) {
}
