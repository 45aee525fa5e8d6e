package io.pierre.data.usage;

import io.pierre.data.apikey.ApiKey;
import io.pierre.data.db.Queries;
import io.pierre.data.db.Timestamps;
import io.pierre.data.error.InvalidInputException;
import io.pierre.data.error.NotFoundException;
import io.pierre.data.retry.RetryOnTransientFailure;
import io.pierre.data.tenancy.TenantId;
import io.pierre.data.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/** {@link UsageRepository} on JPA; aggregates are computed by the database (JPQL), identically on both. */
@ApplicationScoped
@Transactional
@RetryOnTransientFailure
public class JpaUsageRepository implements UsageRepository {

    private static final int TOP_TOOLS = 10;

    @PersistenceContext(unitName = "pierre")
    private EntityManager em;

    @Override
    public void recordApiKeyUsage(ApiKeyUsage usage) {
        em.persist(usage);
    }

    @Override
    public long getApiKeyCurrentUsage(UUID apiKeyId) {
        ApiKey key = em.find(ApiKey.class, apiKeyId);
        if (key == null) {
            throw new NotFoundException("API key", apiKeyId);
        }
        Instant since = Timestamps.now().minusSeconds(key.rateLimitWindowSeconds());
        return em.createNamedQuery(ApiKeyUsage.COUNT_SINCE, Long.class)
                .setParameter("id", apiKeyId)
                .setParameter("since", since)
                .getSingleResult();
    }

    @Override
    public ApiKeyUsageStats getApiKeyUsageStats(UUID apiKeyId, Instant start, Instant end) {
        List<Object[]> rows = em.createNamedQuery(ApiKeyUsage.STATS_BY_TOOL, Object[].class)
                .setParameter("id", apiKeyId)
                .setParameter("start", start)
                .setParameter("end", end)
                .getResultList();
        long total = 0;
        long successful = 0;
        long failed = 0;
        long responseTime = 0;
        Map<String, ToolStats> tools = new LinkedHashMap<>();
        for (Object[] row : rows) {
            long count = number(row[1]);
            long success = number(row[2]);
            total += count;
            successful += success;
            failed += number(row[3]);
            responseTime += number(row[4]);
            tools.put(
                    (String) row[0],
                    new ToolStats(
                            count,
                            success,
                            row[5] == null ? 0 : ((Number) row[5]).doubleValue(),
                            count == 0 ? 0 : (double) success / count));
        }
        return new ApiKeyUsageStats(apiKeyId, start, end, total, successful, failed, responseTime, tools);
    }

    @Override
    public void recordJwtUsage(JwtUsage usage) {
        em.persist(usage);
    }

    @Override
    public long getJwtCurrentUsage(UUID userId) {
        Instant monthStart = Timestamps.now()
                .atZone(ZoneOffset.UTC)
                .withDayOfMonth(1)
                .truncatedTo(ChronoUnit.DAYS)
                .toInstant();
        return em.createNamedQuery(JwtUsage.COUNT_SINCE, Long.class)
                .setParameter("userId", userId)
                .setParameter("since", monthStart)
                .getSingleResult();
    }

    @Override
    public void recordRequest(RequestLog log) {
        em.persist(log);
    }

    @Override
    public List<RequestLog> getRequestLogs(RequestLogFilter filter) {
        return Queries.newestFirst(
                        em,
                        RequestLog.class,
                        "timestamp",
                        (cb, log) -> Stream.of(
                                filter.userId() == null ? null : cb.equal(log.get("userId"), filter.userId()),
                                filter.apiKeyId() == null ? null : cb.equal(log.get("apiKeyId"), filter.apiKeyId()),
                                filter.start() == null
                                        ? null
                                        : cb.greaterThanOrEqualTo(log.get("timestamp"), filter.start()),
                                filter.end() == null ? null : cb.lessThanOrEqualTo(log.get("timestamp"), filter.end()),
                                filter.statusPrefix() == null
                                        ? null
                                        : statusIn(cb, log.get("statusCode"), filter.statusPrefix()),
                                filter.endpointContains() == null
                                        ? null
                                        : cb.like(log.get("endpoint"), "%" + filter.endpointContains() + "%")))
                .setMaxResults(REQUEST_LOG_LIMIT)
                .getResultList();
    }

    /** The status codes a prefix of a three-digit code stands for: "4" is 400 to 499, "40" is 400 to 409. */
    private static Predicate statusIn(CriteriaBuilder cb, Expression<Integer> status, String prefix) {
        if (!prefix.matches("[1-5][0-9]{0,2}")) {
            throw new InvalidInputException(
                    "A status prefix is one to three digits of an HTTP status, such as 4 or 404, was: " + prefix);
        }
        int scale = (int) Math.pow(10, 3 - prefix.length());
        int first = Integer.parseInt(prefix) * scale;
        return cb.between(status, first, first + scale - 1);
    }

    @Override
    public SystemStats getSystemStats() {
        return new SystemStats(
                em.createNamedQuery(User.COUNT, Long.class).getSingleResult(),
                em.createNamedQuery(ApiKey.COUNT_ACTIVE, Long.class).getSingleResult());
    }

    @Override
    public SystemStats getTenantStats(TenantId tenant) {
        return new SystemStats(
                em.createNamedQuery(User.COUNT_MEMBERS, Long.class)
                        .setParameter("tenantId", tenant.value())
                        .getSingleResult(),
                em.createNamedQuery(ApiKey.COUNT_ACTIVE_OF_MEMBERS, Long.class)
                        .setParameter("tenantId", tenant.value())
                        .getSingleResult());
    }

    @Override
    public List<ToolUsage> getTopToolsAnalysis(UUID userId, Instant start, Instant end) {
        return em
                .createNamedQuery(ApiKeyUsage.TOP_TOOLS_OF_USER, Object[].class)
                .setParameter("userId", userId)
                .setParameter("start", start)
                .setParameter("end", end)
                .setMaxResults(TOP_TOOLS)
                .getResultList()
                .stream()
                .map(row -> new ToolUsage(
                        (String) row[0],
                        number(row[1]),
                        100.0 * number(row[2]) / number(row[1]),
                        row[3] == null ? 0 : ((Number) row[3]).doubleValue()))
                .toList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
