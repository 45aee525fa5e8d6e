package io.pierre.data.a2a;

import io.pierre.data.error.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Agent-to-agent clients, sessions, tasks and usage (spec §3.5). */
public interface A2ARepository {

    /** A client's id and secret digest, for authentication. */
    record ClientCredentials(UUID clientId, String clientSecretHash) {}

    /** Calls in [start, end]: successful = 2xx, failed = 4xx and 5xx; averages and sums as the original. */
    record UsageStats(
            UUID clientId,
            Instant periodStart,
            Instant periodEnd,
            long totalRequests,
            long successfulRequests,
            long failedRequests,
            Long averageResponseTimeMs,
            Long totalRequestBytes,
            Long totalResponseBytes) {}

    /** One UTC day of a client's calls: successes (status below 400) and errors. */
    record DailyUsage(LocalDate day, long successCount, long errorCount) {}

    /**
     * Stores the client (its secret as a digest) and links it to its API key, in one transaction.
     *
     * @throws NotFoundException if the owner or the API key does not exist
     */
    UUID createClient(A2AClient client, String clientSecret, UUID apiKeyId);

    /** The client, active or not. */
    Optional<A2AClient> findClient(UUID clientId);

    /** The active client linked to this API key. */
    Optional<A2AClient> findClientByApiKey(UUID apiKeyId);

    /** The newest client with this name (names are not unique). */
    Optional<A2AClient> findClientByName(String name);

    /** The user's active clients, newest first. */
    List<A2AClient> listClients(UUID userId);

    /**
     * Every user's active clients, newest first. Decision against spec §3.5, where a marker user id meant "every
     * client": that reach has this method of its own.
     */
    List<A2AClient> listAllActiveClients();

    /** @throws NotFoundException if the client does not exist */
    void deactivateClient(UUID clientId);

    /** Active clients only. */
    Optional<ClientCredentials> findClientCredentials(UUID clientId);

    /** Ends every open session of the client now. */
    void invalidateClientSessions(UUID clientId);

    /** Deactivates every API key linked to the client. */
    void deactivateClientApiKeys(UUID clientId);

    /** Opens a session ({@code sess_<uuid>}) that lasts {@code lifetime}. */
    String createSession(UUID clientId, UUID userId, List<String> grantedScopes, Duration lifetime);

    /** The session if it has not expired (a real instant comparison on both databases). */
    Optional<A2ASession> findSession(String sessionToken);

    /** Stamps activity and counts a request; a missing session is a no-op. */
    void updateSessionActivity(String sessionToken);

    /** The client's unexpired sessions, most recently active first. */
    List<A2ASession> getActiveSessions(UUID clientId);

    /** Creates a pending task ({@code task_<uuid>}) and returns its id; the session is kept. */
    String createTask(UUID clientId, String sessionId, String taskType, String inputJson);

    Optional<A2ATask> findTask(String taskId);

    /**
     * The client's tasks newest first, optionally of one status (null: any); an offset without a limit works (the
     * original's SQL did not).
     */
    List<A2ATask> listTasks(UUID clientId, TaskStatus status, Integer limit, Integer offset);

    /** Like {@link #listTasks}, over every client's tasks (spec §3.5 without a client): the operators' view. */
    List<A2ATask> listAllTasks(TaskStatus status, Integer limit, Integer offset);

    /** Sets status, result and error; final statuses stamp completion. A missing task is a no-op. */
    void updateTaskStatus(String taskId, TaskStatus status, String resultJson, String error);

    void recordUsage(A2AUsage usage);

    /**
     * Calls within the client's rate window.
     *
     * @throws NotFoundException if the client does not exist
     */
    long getClientCurrentUsage(UUID clientId);

    UsageStats getUsageStats(UUID clientId, Instant start, Instant end);

    /** The last {@code days} days of calls per UTC day, newest first. */
    List<DailyUsage> getClientUsageHistory(UUID clientId, int days);
}
