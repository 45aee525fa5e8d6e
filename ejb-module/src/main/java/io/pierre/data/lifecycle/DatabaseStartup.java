package io.pierre.data.lifecycle;

import io.pierre.data.admin.AdminBootstrap;
import io.pierre.data.config.DeploymentConfigurationException;
import io.pierre.data.config.Setting;
import io.pierre.data.crypto.KeyRingService;
import io.pierre.data.crypto.MasterKey;
import io.pierre.data.crypto.RotationService;
import io.pierre.data.crypto.SealedColumns;
import io.pierre.data.db.Schema;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Makes the database ready before the application serves anything: recognises the database behind
 * {@code jdbc/PierreDS}, applies the Flyway migrations for it, checks that every entity mapping matches the live
 * schema and that every sealed column can be rotated, then opens the key ring with the master key (and resumes an
 * unfinished rewrap), and finally mints a first-start or requested recovery admin token ({@link AdminBootstrap}).
 * Any failure fails the deployment with one sentence saying what to fix.
 *
 * <p>Bean-managed transactions: Flyway commits on its own connections, and schema validation reads metadata;
 * neither may run inside a container transaction.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DatabaseStartup {

    private static final Logger LOG = Logger.getLogger(DatabaseStartup.class.getName());
    private static final String DATASOURCE_NAME = "jdbc/PierreDS";

    @Resource(name = DATASOURCE_NAME)
    private DataSource dataSource;

    @PersistenceUnit(unitName = "pierre")
    private EntityManagerFactory entityManagerFactory;

    @Inject
    KeyRingService keys;

    @Inject
    RotationService rotation;

    @Inject
    SealedColumns sealedColumns;

    @Inject
    AdminBootstrap adminBootstrap;

    @Resource
    TimerService timers;

    private volatile DatabaseInfo info;

    @PostConstruct
    void prepareDatabase() {
        try {
            Setting.validateAll();
            Schema.Product product = Schema.recognise(dataSource, DATASOURCE_NAME);
            String schemaVersion = Schema.migrate(dataSource, product.vendor());
            Schema.validate(entityManagerFactory, dataSource);
            sealedColumns.all();
            keys.open(MasterKey.fromEnvironment());
            long refreshMillis = keys.limits().refreshInterval().toMillis();
            timers.createIntervalTimer(refreshMillis, refreshMillis, new TimerConfig(null, false));
            rotation.resumeRewrapIfNeeded();
            info = new DatabaseInfo(product.vendor(), product.version(), schemaVersion);
            adminBootstrap.onStart();
            LOG.info(() -> "Pierre database ready: " + product.vendor().productName() + " " + product.version()
                    + ", schema version " + schemaVersion);
        } catch (DeploymentConfigurationException e) {
            LOG.severe(e.getMessage());
            throw e;
        }
    }

    /**
     * Every {@link Setting#KEY_REFRESH_SECONDS}: versions promoted or added on another node take effect here. A failed
     * reload is retried at the next tick; the ring itself stops sealing if reloads keep failing.
     */
    @Timeout
    void refreshKeyRing() {
        try {
            keys.refresh();
        } catch (RuntimeException e) {
            LOG.warning("Could not reload the data-key versions (retried in "
                    + keys.limits().refreshInterval().toSeconds() + " s): " + e.getMessage());
        }
    }

    /** What startup found and applied. */
    public DatabaseInfo info() {
        return info;
    }

    /** Whether a connection can be had from the pool and answers within {@code timeoutSeconds}. */
    public boolean isReachable(int timeoutSeconds) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(timeoutSeconds);
        } catch (SQLException e) {
            LOG.log(Level.FINE, "Database health check failed", e);
            return false;
        }
    }
}
