package io.pierre.data.fitness;

import io.pierre.data.db.Timestamps;
import io.pierre.data.tenancy.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A named fitness configuration of a tenant (no user: the tenant default) or of one user in it. */
@Entity
@Table(name = "fitness_configurations")
public class FitnessConfiguration {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false)
    private UUID tenantId;

    @Column(name = "user_id")
    private UUID userId;

    @Column(name = "configuration_name", nullable = false, length = 128)
    private String name;

    @Column(name = "config_data", nullable = false, length = 100000)
    private String configData;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected FitnessConfiguration() {}

    public static FitnessConfiguration of(TenantId tenant, UUID userId, String name, String json) {
        FitnessConfiguration configuration = new FitnessConfiguration();
        configuration.id = UUID.randomUUID();
        configuration.tenantId = tenant.value();
        configuration.userId = userId;
        configuration.name = name;
        configuration.createdAt = Timestamps.now();
        configuration.replace(json);
        return configuration;
    }

    public void replace(String json) {
        this.configData = json;
        this.updatedAt = Timestamps.now();
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String configData() {
        return configData;
    }
}
