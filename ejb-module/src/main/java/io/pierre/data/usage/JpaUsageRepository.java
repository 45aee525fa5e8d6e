package io.pierre.data.usage;

import io.pierre.data.apikey.ApiKey;
import io.pierre.data.db.Timestamps;
import io.pierre.data.error.NotFoundException;
import io.pierre.data.retry.RetryOnTransientFailure;
import io.pierre.data.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
        return em.createQuery("select count(u) from ApiKeyUsage u where u.apiKeyId = :id and u.timestamp > :since", Long.class)
                .setParameter("id", apiKeyId).setParameter("since", since).getSingleResult();
    }

    @Override
    public ApiKeyUsageStats getApiKeyUsageStats(UUID apiKeyId, Instant start, Instant end) {
        List<Object[]> rows = em.createQuery("select u.toolName, count(u),"
                        + " sum(case when u.statusCode >= 200 and u.statusCode < 300 then 1 else 0 end),"
                        + " sum(case when u.statusCode >= 400 then 1 else 0 end),"
                        + " coalesce(sum(u.responseTimeMs), 0), avg(u.responseTimeMs)"
                        + " from ApiKeyUsage u where u.apiKeyId = :id and u.timestamp >= :start and u.timestamp <= :end"
                        + " group by u.toolName order by u.toolName", Object[].class)
                .setParameter("id", apiKeyId).setParameter("start", start).setParameter("end", end).getResultList();
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
            tools.put((String) row[0], new ToolStats(count, success, row[5] == null ? 0 : ((Number) row[5]).doubleValue(),
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
        Instant monthStart = ZonedDateTime.now(ZoneOffset.UTC).withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS).toInstant();
        return em.createQuery("select count(u) from JwtUsage u where u.userId = :userId and u.timestamp >= :since", Long.class)
                .setParameter("userId", userId).setParameter("since", monthStart).getSingleResult();
    }

    @Override
    public void recordRequest(RequestLog log) {
        em.persist(log);
    }

    @Override
    public List<RequestLog> getRequestLogs(RequestLogFilter filter) {
        StringBuilder jpql = new StringBuilder("select r from RequestLog r where 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        condition(jpql, parameters, filter.userId(), "r.userId = :userId", "userId");
        condition(jpql, parameters, filter.apiKeyId(), "r.apiKeyId = :apiKeyId", "apiKeyId");
        condition(jpql, parameters, filter.start(), "r.timestamp >= :start", "start");
        condition(jpql, parameters, filter.end(), "r.timestamp <= :end", "end");
        condition(jpql, parameters, filter.statusPrefix() == null ? null : filter.statusPrefix() + "%",
                "cast(r.statusCode as String) like :status", "status");
        condition(jpql, parameters, filter.endpointContains() == null ? null : "%" + filter.endpointContains() + "%",
                "r.endpoint like :endpoint", "endpoint");
        jpql.append(" order by r.timestamp desc, r.id desc");
        TypedQuery<RequestLog> query = em.createQuery(jpql.toString(), RequestLog.class).setMaxResults(REQUEST_LOG_LIMIT);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    private static void condition(StringBuilder jpql, Map<String, Object> parameters, Object value, String clause, String name) {
        if (value != null) {
            jpql.append(" and ").append(clause);
            parameters.put(name, value);
        }
    }

    @Override
    public SystemStats getSystemStats(TenantId tenant) {
        if (tenant == null) {
            return new SystemStats(em.createQuery("select count(u) from User u", Long.class).getSingleResult(),
                    em.createQuery("select count(k) from ApiKey k where k.active = true", Long.class).getSingleResult());
        }
        String members = "select m.userId from TenantMembership m where m.tenantId = :tenantId and m.active = true";
        return new SystemStats(
                em.createQuery("select count(u) from User u where u.id in (" + members + ")", Long.class)
                        .setParameter("tenantId", tenant.value()).getSingleResult(),
                em.createQuery("select count(k) from ApiKey k where k.active = true and k.userId in (" + members + ")", Long.class)
                        .setParameter("tenantId", tenant.value()).getSingleResult());
    }

    @Override
    public List<ToolUsage> getTopToolsAnalysis(UUID userId, Instant start, Instant end) {
        return em.createQuery("select u.toolName, count(u), sum(case when u.statusCode < 400 then 1 else 0 end), avg(u.responseTimeMs)"
                        + " from ApiKeyUsage u where u.apiKeyId in (select k.id from ApiKey k where k.userId = :userId)"
                        + " and u.timestamp >= :start and u.timestamp <= :end"
                        + " group by u.toolName order by count(u) desc, u.toolName", Object[].class)
                .setParameter("userId", userId).setParameter("start", start).setParameter("end", end)
                .setMaxResults(TOP_TOOLS)
                .getResultList().stream()
                .map(row -> new ToolUsage((String) row[0], number(row[1]), 100.0 * number(row[2]) / number(row[1]),
                        row[3] == null ? 0 : ((Number) row[3]).doubleValue()))
                .toList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
