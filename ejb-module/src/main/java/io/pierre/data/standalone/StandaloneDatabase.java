package io.pierre.data.standalone;

import io.pierre.data.Database;
import io.pierre.data.a2a.A2ARepository;
import io.pierre.data.a2a.JpaA2ARepository;
import io.pierre.data.admin.AdminRepository;
import io.pierre.data.admin.JpaAdminRepository;
import io.pierre.data.apikey.ApiKeyRepository;
import io.pierre.data.apikey.JpaApiKeyRepository;
import io.pierre.data.config.Setting;
import io.pierre.data.crypto.KeyRing;
import io.pierre.data.crypto.KeyVersion;
import io.pierre.data.crypto.KeyVersionQueries;
import io.pierre.data.crypto.KeyVersionSource;
import io.pierre.data.crypto.MasterKey;
import io.pierre.data.crypto.Sealing;
import io.pierre.data.db.DatabaseUrl;
import io.pierre.data.db.DatabaseVendor;
import io.pierre.data.db.Schema;
import io.pierre.data.fitness.FitnessConfigRepository;
import io.pierre.data.fitness.JpaFitnessConfigRepository;
import io.pierre.data.insight.InsightRepository;
import io.pierre.data.insight.JpaInsightRepository;
import io.pierre.data.notification.JpaNotificationRepository;
import io.pierre.data.notification.NotificationRepository;
import io.pierre.data.oauth2.JpaOAuth2ServerRepository;
import io.pierre.data.oauth2.OAuth2ServerRepository;
import io.pierre.data.oauthtoken.JpaOAuthTokenRepository;
import io.pierre.data.oauthtoken.OAuthTokenRepository;
import io.pierre.data.profile.JpaProfileRepository;
import io.pierre.data.profile.ProfileRepository;
import io.pierre.data.security.JpaSecurityRepository;
import io.pierre.data.security.SecurityRepository;
import io.pierre.data.tenant.JpaTenantRepository;
import io.pierre.data.tenant.TenantRepository;
import io.pierre.data.usage.JpaUsageRepository;
import io.pierre.data.usage.UsageRepository;
import io.pierre.data.user.JpaUserRepository;
import io.pierre.data.user.UserRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceContext;
import java.io.PrintWriter;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Pierre's data layer outside an application server: the EAR's persistence unit ({@code pierre}), migrations,
 * repositories and sealing code on a plain entity manager factory with resource-local transactions. Opening it
 * migrates the database and validates the mappings as a deployment does, and installs a key ring opened with the
 * master key (creating data-key version 1 on an empty database) and reserves its first block of encryptions; it
 * reloads that ring, and reserves ahead of need, every refresh interval, as a server node does.
 *
 * <p>Each repository call is a transaction of its own unless it runs inside {@link #inTransaction}, where it joins,
 * as {@code @Transactional} REQUIRED does in the server. There is no retry: transient failures reach the caller.
 * The key ring is installed for the whole JVM ({@link Sealing}), so a JVM opens one of these at a time.
 */
public final class StandaloneDatabase implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(StandaloneDatabase.class.getName());

    private final DatabaseVendor vendor;
    private final EntityManagerFactory entityManagerFactory;
    private final Transactions transactions;
    private final Database database;
    private final KeyRing keyRing;
    private final ScheduledExecutorService reloads;

    private StandaloneDatabase(DatabaseVendor vendor, EntityManagerFactory entityManagerFactory, MasterKey masterKey) {
        this.vendor = vendor;
        this.entityManagerFactory = entityManagerFactory;
        this.transactions = new Transactions(entityManagerFactory);
        this.database = new Database(
                repository(UserRepository.class, new JpaUserRepository()),
                repository(OAuthTokenRepository.class, new JpaOAuthTokenRepository()),
                repository(SecurityRepository.class, new JpaSecurityRepository()),
                repository(ApiKeyRepository.class, new JpaApiKeyRepository()),
                repository(UsageRepository.class, new JpaUsageRepository()),
                repository(AdminRepository.class, new JpaAdminRepository()),
                repository(TenantRepository.class, new JpaTenantRepository()),
                repository(OAuth2ServerRepository.class, new JpaOAuth2ServerRepository()),
                repository(A2ARepository.class, new JpaA2ARepository()),
                repository(ProfileRepository.class, new JpaProfileRepository()),
                repository(InsightRepository.class, new JpaInsightRepository()),
                repository(NotificationRepository.class, new JpaNotificationRepository()),
                repository(FitnessConfigRepository.class, new JpaFitnessConfigRepository()));
        KeyRing.Limits limits = new KeyRing.Limits(
                Setting.KEY_USAGE_LIMIT.asLong(),
                Setting.KEY_USAGE_BLOCK.asLong(),
                Setting.KEY_REFRESH_SECONDS.asDuration(ChronoUnit.SECONDS),
                Setting.RETIRE_GRACE_SECONDS.asDuration(ChronoUnit.SECONDS));
        this.keyRing = new KeyRing(
                masterKey,
                new KeyVersions(),
                limits,
                () -> LOG.warning(
                        "The primary data-key version has used half its encryption budget: rotate it from a server"));
        keyRing.load();
        Sealing.install(keyRing);
        reloads = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "pierre-key-ring-reload");
            thread.setDaemon(true);
            return thread;
        });
        long refresh = limits.refreshInterval().toMillis();
        reloads.scheduleWithFixedDelay(this::reloadKeys, refresh, refresh, TimeUnit.MILLISECONDS);
    }

    /**
     * Opens the database {@code url} names (the run command's {@code PIERRE_DATABASE_URL} form): migrates it, validates
     * the mappings and opens the key ring with {@code masterKey}.
     *
     * @throws io.pierre.data.config.DeploymentConfigurationException with one sentence saying what to fix
     */
    public static StandaloneDatabase open(DatabaseUrl url, MasterKey masterKey) {
        DatabaseUrl.JdbcConnection connection = url.jdbcConnection();
        DataSource dataSource = new DriverManagerDataSource(connection);
        Schema.Product product = Schema.recognise(dataSource, url.toString());
        Schema.migrate(dataSource, product.vendor());
        Map<String, Object> unit = new HashMap<>();
        unit.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        unit.put("jakarta.persistence.jtaDataSource", dataSource);
        unit.put("jakarta.persistence.nonJtaDataSource", dataSource);
        EntityManagerFactory entityManagerFactory = Persistence.createEntityManagerFactory("pierre", unit);
        try {
            Schema.validate(entityManagerFactory, dataSource);
            return new StandaloneDatabase(product.vendor(), entityManagerFactory, masterKey);
        } catch (RuntimeException e) {
            entityManagerFactory.close();
            throw e;
        }
    }

    /** The facade, as {@code @Inject Database} gives it in the server. */
    public Database database() {
        return database;
    }

    public DatabaseVendor vendor() {
        return vendor;
    }

    public KeyRing keyRing() {
        return keyRing;
    }

    public EntityManagerFactory entityManagerFactory() {
        return entityManagerFactory;
    }

    /** Runs {@code work} in one transaction (joining the thread's, if any); repository calls inside it join it too. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        return transactions.required(work);
    }

    @Override
    public void close() {
        reloads.shutdownNow();
        entityManagerFactory.close();
    }

    private void reloadKeys() {
        try {
            keyRing.reload();
            keyRing.topUpIfLow();
        } catch (RuntimeException e) {
            LOG.warning("Could not reload the data-key versions: " + e.getMessage());
        }
    }

    /** {@code target} with its {@code @PersistenceContext} fields set as the container sets them, each call a transaction. */
    private <I> I repository(Class<I> type, I target) {
        for (Class<?> c = target.getClass(); c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(PersistenceContext.class)) {
                    field.setAccessible(true);
                    try {
                        field.set(target, transactions.currentEntityManager());
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return transactions.transactional(type, target);
    }

    /** The key ring's versions, each call a transaction of its own, as {@code JpaKeyVersionSource} in the server. */
    private final class KeyVersions implements KeyVersionSource {

        @Override
        public List<KeyVersion> loadGlobal() {
            return transactions.requiresNew(KeyVersionQueries::loadGlobal);
        }

        @Override
        public void insert(KeyVersion version) {
            transactions.requiresNew(em -> {
                KeyVersionQueries.insert(em, version);
                return null;
            });
        }

        @Override
        public long reserve(int version, long block, long limit) {
            return transactions.requiresNew(em -> KeyVersionQueries.reserve(em, version, block, limit));
        }
    }

    /** Connections straight from the driver: enough for one process; the entity manager factory keeps none open. */
    private record DriverManagerDataSource(DatabaseUrl.JdbcConnection connection) implements DataSource {

        @Override
        public Connection getConnection() throws SQLException {
            return DriverManager.getConnection(connection.url(), connection.user(), connection.password());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return DriverManager.getConnection(connection.url(), username, password);
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {}

        @Override
        public void setLoginTimeout(int seconds) {}

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("Not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
