package io.pierre.data.profile;

import io.pierre.data.db.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/** A user's application configuration, a JSON document. */
@Entity
@Table(name = "user_configurations")
public class UserConfiguration {

    @Id
    @NotNull
    @Column(name = "user_id")
    private UUID userId;

    @NotNull
    @Column(name = "config_data", nullable = false)
    private String configData;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotNull
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected UserConfiguration() {}

    public static UserConfiguration of(UUID userId, String json) {
        UserConfiguration configuration = new UserConfiguration();
        configuration.userId = userId;
        configuration.createdAt = Timestamps.now();
        configuration.replace(json);
        return configuration;
    }

    public void replace(String json) {
        this.configData = json;
        this.updatedAt = Timestamps.now();
    }

    public String configData() {
        return configData;
    }
}
