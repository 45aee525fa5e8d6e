package io.pierre.data.a2a;

import io.pierre.data.apikey.ApiKey;
import io.pierre.data.db.JsonDocuments;
import io.pierre.data.db.Queries;
import io.pierre.data.db.Timestamps;
import io.pierre.data.error.InvalidInputException;
import io.pierre.data.error.NotFoundException;
import io.pierre.data.retry.RetryOnTransientFailure;
import io.pierre.data.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * {@link A2ARepository} on JPA. Windows and daily histories are computed from instants in Java (UTC days), so
 * both databases give identical figures for the same rows.
 */
@ApplicationScoped
@Transactional
@RetryOnTransientFailure
public class JpaA2ARepository implements A2ARepository {

    @PersistenceContext(unitName = "pierre")
    private EntityManager em;

    @Override
    public UUID createClient(A2AClient client, String clientSecret, UUID apiKeyId) {
        if (em.find(User.class, client.userId()) == null) {
            throw new NotFoundException("User", client.userId());
        }
        if (em.find(ApiKey.class, apiKeyId) == null) {
            throw new NotFoundException("API key", apiKeyId);
        }
        client.useSecret(clientSecret);
        em.persist(client);
        em.persist(A2AClientApiKey.link(client.id(), apiKeyId));
        return client.id();
    }

    @Override
    public Optional<A2AClient> findClient(UUID clientId) {
        return Optional.ofNullable(em.find(A2AClient.class, clientId));
    }

    @Override
    public Optional<A2AClient> findClientByApiKey(UUID apiKeyId) {
        return Queries.first(em.createNamedQuery(A2AClient.FIND_ACTIVE_BY_API_KEY, A2AClient.class)
                .setParameter("apiKeyId", apiKeyId));
    }

    @Override
    public Optional<A2AClient> findClientByName(String name) {
        return Queries.first(
                em.createNamedQuery(A2AClient.FIND_BY_NAME, A2AClient.class).setParameter("name", name));
    }

    @Override
    public List<A2AClient> listClients(UUID userId) {
        return em.createNamedQuery(A2AClient.LIST_ACTIVE_FOR_USER, A2AClient.class)
                .setParameter("userId", Objects.requireNonNull(userId, "userId"))
                .getResultList();
    }

    @Override
    public List<A2AClient> listAllActiveClients() {
        return em.createNamedQuery(A2AClient.LIST_ACTIVE, A2AClient.class).getResultList();
    }

    @Override
    public void deactivateClient(UUID clientId) {
        findClient(clientId)
                .orElseThrow(() -> new NotFoundException("A2A client", clientId))
                .deactivate();
    }

    @Override
    public Optional<ClientCredentials> findClientCredentials(UUID clientId) {
        return findClient(clientId)
                .filter(A2AClient::isActive)
                .map(c -> new ClientCredentials(c.id(), c.clientSecretHash()));
    }

    @Override
    public void invalidateClientSessions(UUID clientId) {
        em.createNamedQuery(A2ASession.EXPIRE_FOR_CLIENT)
                .setParameter("now", Timestamps.now())
                .setParameter("clientId", clientId)
                .executeUpdate();
    }

    @Override
    public void deactivateClientApiKeys(UUID clientId) {
        em.createNamedQuery(ApiKey.DEACTIVATE_OF_A2A_CLIENT)
                .setParameter("clientId", clientId)
                .executeUpdate();
    }

    @Override
    public String createSession(UUID clientId, UUID userId, List<String> grantedScopes, Duration lifetime) {
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new InvalidInputException("Session lifetime must be positive");
        }
        A2ASession session = A2ASession.open(clientId, userId, grantedScopes, lifetime);
        em.persist(session);
        return session.sessionToken();
    }

    @Override
    public Optional<A2ASession> findSession(String sessionToken) {
        Instant now = Timestamps.now();
        return Optional.ofNullable(em.find(A2ASession.class, sessionToken))
                .filter(s -> s.expiresAt().isAfter(now));
    }

    @Override
    public void updateSessionActivity(String sessionToken) {
        em.createNamedQuery(A2ASession.RECORD_ACTIVITY)
                .setParameter("now", Timestamps.now())
                .setParameter("token", sessionToken)
                .executeUpdate();
    }

    @Override
    public List<A2ASession> getActiveSessions(UUID clientId) {
        return em.createNamedQuery(A2ASession.ACTIVE_FOR_CLIENT, A2ASession.class)
                .setParameter("clientId", clientId)
                .setParameter("now", Timestamps.now())
                .getResultList();
    }

    @Override
    public String createTask(UUID clientId, String sessionId, String taskType, String inputJson) {
        A2ATask task =
                A2ATask.create(clientId, sessionId, taskType, JsonDocuments.requireValid(inputJson, "Task input"));
        em.persist(task);
        return task.id();
    }

    @Override
    public Optional<A2ATask> findTask(String taskId) {
        return Optional.ofNullable(em.find(A2ATask.class, taskId));
    }

    @Override
    public List<A2ATask> listTasks(UUID clientId, TaskStatus status, Integer limit, Integer offset) {
        return tasks(Objects.requireNonNull(clientId, "clientId"), status, limit, offset);
    }

    @Override
    public List<A2ATask> listAllTasks(TaskStatus status, Integer limit, Integer offset) {
        return tasks(null, status, limit, offset);
    }

    /** A null client means every client: only {@link #listAllTasks} passes it. */
    private List<A2ATask> tasks(UUID clientId, TaskStatus status, Integer limit, Integer offset) {
        return Queries.window(
                        Queries.newestFirst(
                                em,
                                A2ATask.class,
                                "createdAt",
                                (cb, task) -> Stream.of(
                                        clientId == null ? null : cb.equal(task.get("clientId"), clientId),
                                        status == null ? null : cb.equal(task.get("status"), status))),
                        limit,
                        offset)
                .getResultList();
    }

    @Override
    public void updateTaskStatus(String taskId, TaskStatus status, String resultJson, String error) {
        String result = resultJson == null ? null : JsonDocuments.requireValid(resultJson, "Task result");
        findTask(taskId).ifPresent(task -> task.changeStatus(status, result, error));
    }

    @Override
    public void recordUsage(A2AUsage usage) {
        em.persist(usage);
    }

    @Override
    public long getClientCurrentUsage(UUID clientId) {
        A2AClient client = findClient(clientId).orElseThrow(() -> new NotFoundException("A2A client", clientId));
        return em.createNamedQuery(A2AUsage.COUNT_SINCE, Long.class)
                .setParameter("clientId", clientId)
                .setParameter("since", Timestamps.now().minusSeconds(client.rateLimitWindowSeconds()))
                .getSingleResult();
    }

    @Override
    public UsageStats getUsageStats(UUID clientId, Instant start, Instant end) {
        Object[] row = em.createNamedQuery(A2AUsage.STATS, Object[].class)
                .setParameter("clientId", clientId)
                .setParameter("start", start)
                .setParameter("end", end)
                .getSingleResult();
        return new UsageStats(
                clientId,
                start,
                end,
                number(row[0]),
                number(row[1]),
                number(row[2]),
                row[3] == null ? null : ((Number) row[3]).longValue(),
                row[4] == null ? null : number(row[4]),
                row[5] == null ? null : number(row[5]));
    }

    @Override
    public List<DailyUsage> getClientUsageHistory(UUID clientId, int days) {
        Instant since = Timestamps.now().minus(Duration.ofDays(days));
        Map<LocalDate, long[]> perDay = new TreeMap<>();
        for (Object[] row : em.createNamedQuery(A2AUsage.CALLS_SINCE, Object[].class)
                .setParameter("clientId", clientId)
                .setParameter("since", since)
                .getResultList()) {
            long[] counts =
                    perDay.computeIfAbsent(LocalDate.ofInstant((Instant) row[0], ZoneOffset.UTC), d -> new long[2]);
            counts[((Number) row[1]).intValue() < 400 ? 0 : 1]++;
        }
        List<DailyUsage> history = new ArrayList<>();
        perDay.forEach((day, counts) -> history.add(0, new DailyUsage(day, counts[0], counts[1])));
        return history;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
