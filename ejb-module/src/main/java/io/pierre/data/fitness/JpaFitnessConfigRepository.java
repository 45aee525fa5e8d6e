package io.pierre.data.fitness;

import io.pierre.data.db.JsonDocuments;
import io.pierre.data.db.Queries;
import io.pierre.data.retry.RetryOnTransientFailure;
import io.pierre.data.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** {@link FitnessConfigRepository} on JPA. */
@ApplicationScoped
@Transactional
@RetryOnTransientFailure
public class JpaFitnessConfigRepository implements FitnessConfigRepository {

    @PersistenceContext(unitName = "pierre")
    private EntityManager em;

    @Override
    public UUID saveTenantConfig(TenantId tenant, String name, String configJson) {
        return save(tenant, null, name, configJson);
    }

    @Override
    public UUID saveUserConfig(TenantId tenant, UUID userId, String name, String configJson) {
        return save(tenant, Objects.requireNonNull(userId, "userId"), name, configJson);
    }

    /** A null user means the tenant default: only the methods named for the tenant default pass it. */
    private UUID save(TenantId tenant, UUID userId, String name, String configJson) {
        String json = JsonDocuments.text(JsonDocuments.parseObject(configJson, "Fitness configuration"));
        Optional<FitnessConfiguration> existing = find(tenant, userId, name);
        if (existing.isPresent()) {
            existing.get().replace(json);
            return existing.get().id();
        }
        FitnessConfiguration created = FitnessConfiguration.of(tenant, userId, name, json);
        em.persist(created);
        return created.id();
    }

    private Optional<FitnessConfiguration> find(TenantId tenant, UUID userId, String name) {
        TypedQuery<FitnessConfiguration> query = userId == null
                ? em.createNamedQuery(FitnessConfiguration.FIND_TENANT_DEFAULT, FitnessConfiguration.class)
                : em.createNamedQuery(FitnessConfiguration.FIND_OF_USER, FitnessConfiguration.class)
                        .setParameter("userId", userId);
        return Queries.first(query.setParameter("tenantId", tenant.value()).setParameter("name", name));
    }

    @Override
    public Optional<String> findTenantConfig(TenantId tenant, String name) {
        return find(tenant, null, name).map(FitnessConfiguration::configData);
    }

    @Override
    public Optional<String> findUserConfig(TenantId tenant, UUID userId, String name) {
        return find(tenant, Objects.requireNonNull(userId, "userId"), name)
                .or(() -> find(tenant, null, name))
                .map(FitnessConfiguration::configData);
    }

    @Override
    public List<String> listTenantConfigs(TenantId tenant) {
        return em.createNamedQuery(FitnessConfiguration.LIST_NAMES_IN_TENANT, String.class)
                .setParameter("tenantId", tenant.value())
                .getResultList();
    }

    @Override
    public List<String> listUserConfigs(TenantId tenant, UUID userId) {
        return em.createNamedQuery(FitnessConfiguration.LIST_NAMES_OF_USER, String.class)
                .setParameter("tenantId", tenant.value())
                .setParameter("userId", Objects.requireNonNull(userId, "userId"))
                .getResultList();
    }

    @Override
    public boolean deleteUserConfig(TenantId tenant, UUID userId, String name) {
        return delete(tenant, Objects.requireNonNull(userId, "userId"), name);
    }

    @Override
    public boolean deleteTenantConfig(TenantId tenant, String name) {
        return delete(tenant, null, name);
    }

    private boolean delete(TenantId tenant, UUID userId, String name) {
        Optional<FitnessConfiguration> existing = find(tenant, userId, name);
        existing.ifPresent(em::remove);
        return existing.isPresent();
    }
}
