package io.pierre.data.fitness;

import io.pierre.data.db.Timestamps;
import io.pierre.data.tenancy.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/** A named fitness configuration of a tenant (no user: the tenant default) or of one user in it. */
@Entity
@Table(name = "fitness_configurations")
@NamedQuery(
        name = FitnessConfiguration.FIND_TENANT_DEFAULT,
        query =
                "select c from FitnessConfiguration c where c.tenantId = :tenantId and c.name = :name and c.userId is null")
@NamedQuery(
        name = FitnessConfiguration.FIND_OF_USER,
        query =
                "select c from FitnessConfiguration c where c.tenantId = :tenantId and c.name = :name and c.userId = :userId")
@NamedQuery(
        name = FitnessConfiguration.LIST_NAMES_IN_TENANT,
        query = "select distinct c.name from FitnessConfiguration c where c.tenantId = :tenantId order by c.name")
@NamedQuery(
        name = FitnessConfiguration.LIST_NAMES_OF_USER,
        query =
                "select distinct c.name from FitnessConfiguration c where c.tenantId = :tenantId and c.userId = :userId order by c.name")
public class FitnessConfiguration {

    public static final String LIST_NAMES_OF_USER = "FitnessConfiguration.listNamesOfUser";

    public static final String LIST_NAMES_IN_TENANT = "FitnessConfiguration.listNamesInTenant";

    public static final String FIND_OF_USER = "FitnessConfiguration.findOfUser";

    public static final String FIND_TENANT_DEFAULT = "FitnessConfiguration.findTenantDefault";

    @Id
    @NotNull
    private UUID id;

    @NotNull
    @Column(name = "tenant_id", nullable = false)
    private UUID tenantId;

    @Column(name = "user_id")
    private UUID userId;

    @NotNull
    @Size(max = 128)
    @Column(name = "configuration_name", nullable = false)
    private String name;

    @NotNull
    @Column(name = "config_data", nullable = false)
    private String configData;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotNull
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
