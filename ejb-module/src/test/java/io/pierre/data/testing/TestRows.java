package io.pierre.data.testing;

import io.pierre.data.db.DatabaseVendor;
import io.pierre.data.db.Timestamps;
import io.pierre.data.security.SystemSetting;
import io.pierre.data.tenancy.TenantId;
import io.pierre.data.tenant.Tenant;
import io.pierre.data.tenant.TenantMembership;
import io.pierre.data.tenant.TenantPlan;
import io.pierre.data.tenant.TenantRole;
import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Test-only reads and writes on the rows themselves, on the caller's entity manager and transaction: what both test
 * tiers need beside the repositories (emptying the database, seeing a column as an attacker with SQL access would,
 * setting up rows no repository creates). Used by the persistence tier's {@link TestDatabase} and by the in-container
 * test bean of the same name.
 */
public final class TestRows {

    /** Every application table, children before parents, so deleting in this order never trips a foreign key. */
    private static final List<String> TABLES_CHILDREN_FIRST = List.of(
            "unopenable_sealed_values",
            "a2a_usage",
            "a2a_tasks",
            "a2a_sessions",
            "a2a_client_api_keys",
            "a2a_clients",
            "goals",
            "insights",
            "user_configurations",
            "oauth_notifications",
            "fitness_configurations",
            "api_key_usage",
            "jwt_usage",
            "request_logs",
            "admin_token_usage",
            "admin_provisioned_keys",
            "admin_tokens",
            "api_keys",
            "tenant_oauth_credentials",
            "oauth_apps",
            "oauth2_auth_codes",
            "oauth2_refresh_tokens",
            "oauth2_states",
            "oauth2_clients",
            "audit_events",
            "user_oauth_tokens",
            "system_secrets",
            "rsa_keypairs",
            "tenant_users",
            "user_profiles",
            "user_oauth_app_credentials",
            "tenants",
            "users");

    private TestRows() {}

    /** Deletes every row of the application tables; global key versions stay (the key ring is built from them). */
    public static void deleteAll(EntityManager em) {
        for (String table : TABLES_CHILDREN_FIRST) {
            em.createNativeQuery("DELETE FROM " + table).executeUpdate();
        }
        em.createNativeQuery("DELETE FROM key_versions WHERE tenant_id IS NOT NULL")
                .executeUpdate();
    }

    /** Deletes every admin token and what refers to them. */
    public static void deleteAdminTokens(EntityManager em) {
        for (String table : List.of("admin_token_usage", "admin_provisioned_keys", "admin_tokens")) {
            em.createNativeQuery("DELETE FROM " + table).executeUpdate();
        }
    }

    /** Forgets that a bootstrap admin token was ever minted, so the next start may mint one again. */
    public static void forgetBootstrapToken(EntityManager em) {
        Optional.ofNullable(em.find(SystemSetting.class, SystemSetting.ADMIN_BOOTSTRAP_TOKEN_ISSUED))
                .ifPresent(em::remove);
    }

    /** The stored text of one column of one row, as an attacker with SQL access sees it. */
    public static String column(EntityManager em, String table, String column, String idColumn, Object id) {
        Object value = em.createNativeQuery("SELECT " + column + " FROM " + table + " WHERE " + idColumn + " = ?1")
                .setParameter(1, id)
                .getSingleResult();
        return value == null ? null : value.toString();
    }

    /** Overwrites one column of one row with raw SQL, bypassing the entities (copy-paste attacks). */
    public static void setColumn(
            EntityManager em, String table, String column, String idColumn, Object id, String value) {
        em.createNativeQuery("UPDATE " + table + " SET " + column + " = ?1 WHERE " + idColumn + " = ?2")
                .setParameter(1, value)
                .setParameter(2, id)
                .executeUpdate();
    }

    /** A tenant owned by {@code ownerUserId}, who is also its owner member. */
    public static TenantId createTenant(EntityManager em, String slug, UUID ownerUserId) {
        Tenant tenant = Tenant.newTenant("Tenant " + slug, slug, TenantPlan.STARTER, ownerUserId);
        em.persist(tenant);
        em.persist(TenantMembership.joined(tenant.id(), ownerUserId, TenantRole.OWNER));
        return tenant.id();
    }

    /** A profile row (no repository creates one the way the original's migration did). */
    public static void addProfile(EntityManager em, DatabaseVendor vendor, UUID userId, String json) {
        String jsonParameter = vendor == DatabaseVendor.POSTGRESQL ? "CAST(?2 AS jsonb)" : "?2";
        em.createNativeQuery("INSERT INTO user_profiles (user_id, profile_data, created_at, updated_at)"
                        + " VALUES (?1, " + jsonParameter + ", ?3, ?3)")
                .setParameter(1, userId)
                .setParameter(2, json)
                .setParameter(3, Timestamps.now())
                .executeUpdate();
    }

    public static long countProfiles(EntityManager em, UUID userId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM user_profiles WHERE user_id = ?1")
                        .setParameter(1, userId)
                        .getSingleResult())
                .longValue();
    }

    /** Moves a user's creation time, for tests of how stored instants compare. */
    public static void setCreatedAt(EntityManager em, UUID userId, Instant createdAt) {
        em.createQuery("update User u set u.createdAt = :createdAt where u.id = :id")
                .setParameter("createdAt", createdAt)
                .setParameter("id", userId)
                .executeUpdate();
    }

    public static long countUsersCreatedBefore(EntityManager em, Instant instant) {
        return em.createQuery("select count(u) from User u where u.createdAt < :instant", Long.class)
                .setParameter("instant", instant)
                .getSingleResult();
    }

    /** Every text value stored in {@code tables}, as a dump would show it: to prove that raw secrets are not there. */
    public static List<String> textDump(EntityManager em, List<String> tables) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            List<String> values = new ArrayList<>();
            for (String table : tables) {
                try (Statement statement = connection.createStatement();
                        ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int column = 1; column <= columns; column++) {
                            String value = rows.getString(column);
                            if (value != null) {
                                values.add(value);
                            }
                        }
                    }
                }
            }
            return values;
        });
    }

    /** Runs a query returning one value, e.g. a PRAGMA; for tests that check how the connection is set up. */
    public static Object scalar(EntityManager em, String sql) {
        return em.createNativeQuery(sql).getSingleResult();
    }
}
