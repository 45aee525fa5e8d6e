package io.pierre.data.db;

/** An enum constant with the exact string the database stores for it (lower-case, as the original schema). */
public interface DatabaseCode {

    String databaseValue();
}
