package io.pierre.data.testing;

import io.pierre.data.db.DatabaseVendor;
import io.pierre.data.standalone.StandaloneDatabase;
import io.pierre.data.tenancy.TenantId;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The persistence tier's test helper (the in-container tests have a bean of the same name and methods): each method
 * is one transaction on the tier's database. See {@link TestRows} for what each does.
 */
public final class TestDatabase {

    private final StandaloneDatabase database;

    TestDatabase(StandaloneDatabase database) {
        this.database = database;
    }

    public void deleteAll() {
        run(TestRows::deleteAll);
    }

    public void deleteAdminTokens() {
        run(TestRows::deleteAdminTokens);
    }

    public void forgetBootstrapToken() {
        run(TestRows::forgetBootstrapToken);
    }

    public String column(String table, String column, String idColumn, Object id) {
        return database.inTransaction(em -> TestRows.column(em, table, column, idColumn, id));
    }

    public void setColumn(String table, String column, String idColumn, Object id, String value) {
        run(em -> TestRows.setColumn(em, table, column, idColumn, id, value));
    }

    public TenantId createTenant(String slug, UUID ownerUserId) {
        return database.inTransaction(em -> TestRows.createTenant(em, slug, ownerUserId));
    }

    public void addProfile(UUID userId, String json) {
        run(em -> TestRows.addProfile(em, vendor(), userId, json));
    }

    public long countProfiles(UUID userId) {
        return database.inTransaction(em -> TestRows.countProfiles(em, userId));
    }

    public void setCreatedAt(UUID userId, Instant createdAt) {
        run(em -> TestRows.setCreatedAt(em, userId, createdAt));
    }

    public long countUsersCreatedBefore(Instant instant) {
        return database.inTransaction(em -> TestRows.countUsersCreatedBefore(em, instant));
    }

    public List<String> textDump(List<String> tables) {
        return database.inTransaction(em -> TestRows.textDump(em, tables));
    }

    public Object scalar(String sql) {
        return database.inTransaction(em -> TestRows.scalar(em, sql));
    }

    public DatabaseVendor vendor() {
        return database.vendor();
    }

    private void run(Consumer<EntityManager> work) {
        database.inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }
}
