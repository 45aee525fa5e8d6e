package io.pierre.data.security;

import io.pierre.data.db.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;

/**
 * A server-wide setting stored in the database (the product's {@code system_settings}). Its primary key also makes
 * one-time events happen once however many nodes try at the same moment: the first insert wins.
 */
@Entity
@Table(name = "system_settings")
public class SystemSetting {

    /** Recorded when the first-start bootstrap admin token was minted: it is never minted again. */
    public static final String ADMIN_BOOTSTRAP_TOKEN_ISSUED = "admin_bootstrap_token_issued";

    @NotNull
    @Size(max = 128)
    @Id
    @Column(name = "key")
    private String key;

    @NotNull
    @Size(max = 4000)
    @Column(name = "value", nullable = false)
    private String value;

    @Size(max = 1000)
    private String description;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotNull
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SystemSetting() {}

    public static SystemSetting of(String key, String value, String description) {
        SystemSetting setting = new SystemSetting();
        setting.key = Objects.requireNonNull(key, "key");
        setting.value = Objects.requireNonNull(value, "value");
        setting.description = description;
        setting.createdAt = Timestamps.now();
        setting.updatedAt = setting.createdAt;
        return setting;
    }

    public String key() {
        return key;
    }

    public String value() {
        return value;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public String toString() {
        return "SystemSetting[" + key + "]";
    }
}
