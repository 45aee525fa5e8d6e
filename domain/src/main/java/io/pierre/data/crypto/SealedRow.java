package io.pierre.data.crypto;

/**
 * An entity with sealed columns. Every entity with an attribute converted by {@link SealedConverter} implements
 * it: key rotation finds those attributes in the mapping and asks the row for the place of each value, so a new
 * sealed column is rewrapped and counted without being listed anywhere. The deployment fails when an entity with
 * a sealed attribute does not implement this, or names its place differently from its mapping.
 */
public interface SealedRow {

    /** The place of the value in {@code column} of this row, built from the row's own key fields. */
    SealContext sealContext(String column);
}
