package io.pierre.data.lifecycle;

import io.pierre.data.config.Setting;
import io.pierre.data.retry.RetryOnTransientFailure;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
        total += batches.deleteAll("OAuth2AuthCode", "c.codeHash", "c.expiresAt", now);
        total += batches.deleteAll("OAuth2State", "c.state", "c.expiresAt", now);
        total += batches.deleteAll("A2ASession", "c.sessionToken", "c.expiresAt", now);
        for (String usage : List.of("ApiKeyUsage", "JwtUsage", "A2AUsage", "RequestLog", "AdminTokenUsage")) {
            total += batches.deleteAll(usage, "c.id", "c.timestamp", usageCutoff);
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

        /** Deletes rows of {@code entity} whose {@code timeField} is before {@code cutoff}, batch after batch. */
        @Transactional(Transactional.TxType.NEVER)
        public long deleteAll(String entity, String idField, String timeField, Instant cutoff) {
            long total = 0;
            int deleted;
            do {
                deleted = self.deleteBatch(entity, idField, timeField, cutoff);
                total += deleted;
            } while (deleted == BATCH_SIZE);
            return total;
        }

        public int deleteBatch(String entity, String idField, String timeField, Instant cutoff) {
            List<?> ids = em.createQuery(
                            "select " + idField + " from " + entity + " c where " + timeField + " < :cutoff")
                    .setParameter("cutoff", cutoff)
                    .setMaxResults(BATCH_SIZE)
                    .getResultList();
            if (ids.isEmpty()) {
                return 0;
            }
            return em.createQuery("delete from " + entity + " c where " + idField + " in :ids")
                    .setParameter("ids", ids)
                    .executeUpdate();
        }
    }
}
