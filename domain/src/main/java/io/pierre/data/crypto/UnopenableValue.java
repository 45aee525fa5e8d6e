package io.pierre.data.crypto;

import io.pierre.data.db.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A sealed value the rewrap could not open (altered, moved from another place, or sealed with a key this database
 * no longer has), recorded by its place and row identity, never by its value. The rewrap skips it and finishes
 * the others; an operator lists these and resolves each one (clearing the value or deleting its row), after which
 * the old key version can be retired. Stored in the database, not in one node's memory, so every node sees it.
 */
@Entity
@Table(name = "unopenable_sealed_values")
@NamedQuery(name = UnopenableValue.LIST, query = "select u from UnopenableValue u order by u.detectedAt, u.id")
@NamedQuery(
        name = UnopenableValue.LIST_IN_COLUMN,
        query = "select u from UnopenableValue u" + " where u.tableName = :table and u.columnName = :column")
@NamedQuery(
        name = UnopenableValue.DELETE_AT_PLACE,
        query = "delete from UnopenableValue u"
                + " where u.tableName = :table and u.columnName = :column and u.rowKey = :rowKey")
public class UnopenableValue {

    public static final String LIST = "UnopenableValue.list";
    public static final String LIST_IN_COLUMN = "UnopenableValue.listInColumn";
    public static final String DELETE_AT_PLACE = "UnopenableValue.deleteAtPlace";

    @Id
    @NotNull
    private UUID id;

    @NotNull
    @Size(max = 64)
    @Column(name = "table_name", nullable = false)
    private String tableName;

    @NotNull
    @Size(max = 64)
    @Column(name = "column_name", nullable = false)
    private String columnName;

    @NotNull
    @Size(max = 255)
    @Column(name = "row_key", nullable = false)
    private String rowKey;

    @Column(name = "key_version", nullable = false)
    private int keyVersion;

    @NotNull
    @Size(max = 64)
    @Column(name = "envelope_sha256", nullable = false)
    private String envelopeSha256;

    @NotNull
    @Size(max = 255)
    @Column(nullable = false)
    private String reason;

    @NotNull
    @Column(name = "detected_at", nullable = false)
    private Instant detectedAt;

    protected UnopenableValue() {}

    /** Records that the value {@code envelope} in {@code table.column} of the row {@code rowKey} failed to open. */
    public static UnopenableValue record(String table, String column, String rowKey, String envelope, String reason) {
        UnopenableValue value = new UnopenableValue();
        value.id = UUID.randomUUID();
        value.tableName = Objects.requireNonNull(table, "table");
        value.columnName = Objects.requireNonNull(column, "column");
        value.rowKey = Objects.requireNonNull(rowKey, "rowKey");
        value.keyVersion = Envelope.versionOf(envelope).orElse(0);
        value.envelopeSha256 = Digests.sha256Hex(envelope);
        value.reason = reason.length() > 255 ? reason.substring(0, 255) : reason;
        value.detectedAt = Timestamps.now();
        return value;
    }

    /** Whether {@code envelope} is still the value that failed (the application may have replaced it since). */
    public boolean isStill(String envelope) {
        return envelope != null && Digests.matches(envelopeSha256, Digests.sha256Hex(envelope));
    }

    public UUID id() {
        return id;
    }

    public String tableName() {
        return tableName;
    }

    public String columnName() {
        return columnName;
    }

    public String rowKey() {
        return rowKey;
    }

    public int keyVersion() {
        return keyVersion;
    }

    public String reason() {
        return reason;
    }

    public Instant detectedAt() {
        return detectedAt;
    }

    public String place() {
        return tableName + "." + columnName;
    }

    @Override
    public String toString() {
        return "UnopenableValue[" + place() + ", row " + rowKey + ", v" + keyVersion + "]";
    }
}
