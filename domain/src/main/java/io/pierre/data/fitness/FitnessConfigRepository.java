package io.pierre.data.fitness;

import io.pierre.data.tenancy.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Fitness configurations (spec §3.13). A tenant has at most one default per name (the original inserted a
 * duplicate on every save); configuration documents are JSON objects.
 */
public interface FitnessConfigRepository {

    /** Inserts or replaces the tenant default {@code name}; returns its id. @throws InvalidInputException for invalid JSON */
    UUID saveTenantConfig(TenantId tenant, String name, String configJson);

    /** Inserts or replaces the user's configuration {@code name}; returns its id. */
    UUID saveUserConfig(TenantId tenant, UUID userId, String name, String configJson);

    Optional<String> findTenantConfig(TenantId tenant, String name);

    /** The user's own configuration, else the tenant default, else empty. */
    Optional<String> findUserConfig(TenantId tenant, UUID userId, String name);

    /** Names used in the tenant, defaults and users' alike, sorted. */
    List<String> listTenantConfigs(TenantId tenant);

    /** Names of the user's own configurations, sorted. */
    List<String> listUserConfigs(TenantId tenant, UUID userId);

    /** Deletes the user's own configuration; whether one existed. The tenant default is untouched. */
    boolean deleteUserConfig(TenantId tenant, UUID userId, String name);

    /**
     * Deletes the tenant default; whether one existed. Decision against spec §3.13, where a missing user meant the
     * tenant default: each has its own method, and no parameter is nullable.
     */
    boolean deleteTenantConfig(TenantId tenant, String name);
}
