package io.pierre.data.lifecycle;

import io.pierre.data.db.DatabaseVendor;

/**
 * What the deployment found and did at startup.
 *
 * @param schemaVersion the latest applied migration version
 */
public record DatabaseInfo(DatabaseVendor vendor, String productVersion, String schemaVersion) {}
