package io.pierre.data.lifecycle;

import io.pierre.data.a2a.A2ASession;
import io.pierre.data.a2a.A2AUsage;
import io.pierre.data.admin.AdminTokenUsage;
import io.pierre.data.config.Setting;
import io.pierre.data.oauth2.OAuth2AuthCode;
import io.pierre.data.oauth2.OAuth2State;
import io.pierre.data.retry.RetryOnTransientFailure;
import io.pierre.data.usage.ApiKeyUsage;
import io.pierre.data.usage.JwtUsage;
import io.pierre.data.usage.RequestLog;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaDelete;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.metamodel.EntityType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Nightly clean-up (03:17 UTC): expired OAuth2 codes and states, expired A2A sessions, and usage rows older than
 * the retention ({@link Setting#RETENTION_USAGE_DAYS}). Deletes in batches of
 * {@value Batches#BATCH_SIZE} rows, each batch its own short transaction under the retry policy, so the job never
 * holds SQLite's single write lock for long.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

    @Inject
    Batches batches;

    @Schedule(hour = "3", minute = "17", persistent = false)
    void nightly() {
        long deleted = purge(Instant.now());
        LOG.info(() -> "Retention job deleted " + deleted + " expired or old rows");
    }

    /** Deletes what has expired at {@code now} and usage older than the retention; returns the number of rows. */
    public long purge(Instant now) {
        Instant usageCutoff = now.minus(Duration.ofDays(Setting.RETENTION_USAGE_DAYS.asLong()));
        long total = 0;
        for (Class<?> expiring : List.of(OAuth2AuthCode.class, OAuth2State.class, A2ASession.class)) {
            total += batches.deleteAll(expiring, "expiresAt", now);
        }
        for (Class<?> usage :
                List.of(ApiKeyUsage.class, JwtUsage.class, A2AUsage.class, RequestLog.class, AdminTokenUsage.class)) {
            total += batches.deleteAll(usage, "timestamp", usageCutoff);
        }
        return total;
    }

    /** One batch per transaction. */
    @ApplicationScoped
    @Transactional
    @RetryOnTransientFailure
    public static class Batches {

        static final int BATCH_SIZE = 500;

        @PersistenceContext(unitName = "pierre")
        EntityManager em;

        @Inject
        Batches self;

        /** Deletes rows of {@code entity} whose {@code timeAttribute} is before {@code cutoff}, batch after batch. */
        @Transactional(Transactional.TxType.NEVER)
        public long deleteAll(Class<?> entity, String timeAttribute, Instant cutoff) {
            long total = 0;
            int deleted;
            do {
                deleted = self.deleteBatch(entity, timeAttribute, cutoff);
                total += deleted;
            } while (deleted == BATCH_SIZE);
            return total;
        }

        /** Selects up to a batch of ids, then deletes by id: SQLite's DELETE takes no LIMIT. */
        public <T> int deleteBatch(Class<T> entity, String timeAttribute, Instant cutoff) {
            EntityType<T> type = em.getMetamodel().entity(entity);
            String id = type.getId(type.getIdType().getJavaType()).getName();
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<Object> expired = cb.createQuery(Object.class);
            Root<T> row = expired.from(entity);
            expired.select(row.get(id)).where(cb.lessThan(row.get(timeAttribute), cutoff));
            List<Object> ids = em.createQuery(expired).setMaxResults(BATCH_SIZE).getResultList();
            if (ids.isEmpty()) {
                return 0;
            }
            CriteriaDelete<T> delete = cb.createCriteriaDelete(entity);
            delete.where(delete.from(entity).get(id).in(ids));
            return em.createQuery(delete).executeUpdate();
        }
    }
}
