package io.pierre.data.it;

import io.pierre.data.db.DatabaseVendor;
import io.pierre.data.lifecycle.DatabaseStartup;
import io.pierre.data.tenancy.TenantId;
import io.pierre.data.testing.TestRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Test-only bean (added to the WAR of test deployments, never part of the product): the in-container counterpart of
 * the persistence tier's helper of the same name, each method one JTA transaction. See {@link TestRows}.
 */
@ApplicationScoped
@Transactional
public class TestDatabase {

    @PersistenceContext(unitName = "pierre")
    EntityManager em;

    @Inject
    DatabaseStartup startup;

    public void deleteAll() {
        TestRows.deleteAll(em);
    }

    public void deleteAdminTokens() {
        TestRows.deleteAdminTokens(em);
    }

    public void forgetBootstrapToken() {
        TestRows.forgetBootstrapToken(em);
    }

    public String column(String table, String column, String idColumn, Object id) {
        return TestRows.column(em, table, column, idColumn, id);
    }

    public void setColumn(String table, String column, String idColumn, Object id, String value) {
        TestRows.setColumn(em, table, column, idColumn, id, value);
    }

    public TenantId createTenant(String slug, UUID ownerUserId) {
        return TestRows.createTenant(em, slug, ownerUserId);
    }

    public List<String> textDump(List<String> tables) {
        return TestRows.textDump(em, tables);
    }

    public Object scalar(String sql) {
        return TestRows.scalar(em, sql);
    }

    public DatabaseVendor vendor() {
        return startup.info().vendor();
    }
}
