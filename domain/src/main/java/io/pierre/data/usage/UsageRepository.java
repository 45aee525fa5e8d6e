package io.pierre.data.usage;

import io.pierre.data.error.InvalidInputException;
import io.pierre.data.error.NotFoundException;
import io.pierre.data.tenancy.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Usage records and statistics (spec §3.4). The original's two backends counted "current usage" over different
 * windows; here both databases use the same ones, stated on each method.
 */
public interface UsageRepository {

    /** Per-tool figures inside {@link ApiKeyUsageStats}. */
    record ToolStats(long count, long successCount, double averageResponseTimeMs, double successRate) {}

    /**
     * Calls of one key in [{@code periodStart}, {@code periodEnd}]: successful = 2xx, failed = 4xx and 5xx (3xx
     * is neither), total response time, and figures per tool.
     */
    record ApiKeyUsageStats(
            UUID apiKeyId,
            Instant periodStart,
            Instant periodEnd,
            long totalRequests,
            long successfulRequests,
            long failedRequests,
            long totalResponseTimeMs,
            Map<String, ToolStats> toolUsage) {}

    /** A user's most used tool: calls, percentage below 400, mean response time. */
    record ToolUsage(String toolName, long requestCount, double successRatePercent, double averageResponseTimeMs) {}

    /** Users and active API keys, globally or in one tenant (by membership). */
    record SystemStats(long users, long activeApiKeys) {}

    /**
     * What {@link #getRequestLogs} returns: one user's or one API key's logs, or every user's when asked for by name
     * ({@link #allUsers()}); then optionally only a time range, a status prefix, an endpoint substring (null: any).
     * Decision against spec §3.4, where a missing user and key meant "every user": a filter that names neither is
     * refused, so a forgotten id never widens the read.
     */
    record RequestLogFilter(
            UUID userId,
            UUID apiKeyId,
            boolean everyUser,
            Instant start,
            Instant end,
            String statusPrefix,
            String endpointContains) {

        public RequestLogFilter {
            if (!everyUser && userId == null && apiKeyId == null) {
                throw new InvalidInputException(
                        "A request-log filter names a user or an API key, or asks for every user");
            }
        }

        public static RequestLogFilter forUser(UUID userId) {
            return new RequestLogFilter(Objects.requireNonNull(userId, "userId"), null, false, null, null, null, null);
        }

        public static RequestLogFilter forApiKey(UUID apiKeyId) {
            return new RequestLogFilter(
                    null, Objects.requireNonNull(apiKeyId, "apiKeyId"), false, null, null, null, null);
        }

        public static RequestLogFilter allUsers() {
            return new RequestLogFilter(null, null, true, null, null, null, null);
        }

        /** Only logs of this API key too. */
        public RequestLogFilter andApiKey(UUID id) {
            return new RequestLogFilter(userId, id, everyUser, start, end, statusPrefix, endpointContains);
        }

        /** Only logs in [from, to] (either null: open). */
        public RequestLogFilter between(Instant from, Instant to) {
            return new RequestLogFilter(userId, apiKeyId, everyUser, from, to, statusPrefix, endpointContains);
        }

        /** Only logs whose status starts with {@code prefix} ("4" = 4xx). */
        public RequestLogFilter withStatusPrefix(String prefix) {
            return new RequestLogFilter(userId, apiKeyId, everyUser, start, end, prefix, endpointContains);
        }

        /** Only logs whose endpoint contains {@code text}. */
        public RequestLogFilter withEndpointContaining(String text) {
            return new RequestLogFilter(userId, apiKeyId, everyUser, start, end, statusPrefix, text);
        }
    }

    /** Most request logs returned by one call. */
    int REQUEST_LOG_LIMIT = 1000;

    void recordApiKeyUsage(ApiKeyUsage usage);

    /**
     * Calls of the key within its rate window (30 days unless the key says otherwise), on both databases.
     *
     * @throws NotFoundException if the key does not exist
     */
    long getApiKeyCurrentUsage(UUID apiKeyId);

    ApiKeyUsageStats getApiKeyUsageStats(UUID apiKeyId, Instant start, Instant end);

    void recordJwtUsage(JwtUsage usage);

    /** The user's JWT calls since the start of the current calendar month (UTC), on both databases. */
    long getJwtCurrentUsage(UUID userId);

    /** Stores one request log (the original never wrote any, so its reader always came back empty). */
    void recordRequest(RequestLog log);

    /**
     * Request logs newest first, at most {@link #REQUEST_LOG_LIMIT}; {@code statusPrefix} matches the status code's
     * leading digits ("4" = 4xx), {@code endpointContains} is a substring of the endpoint.
     */
    List<RequestLog> getRequestLogs(RequestLogFilter filter);

    /** Users and active API keys of the whole system (decision: active keys on both databases). */
    SystemStats getSystemStats();

    /**
     * Users and active API keys of the tenant's members. Decision against spec §3.4, where a missing tenant meant the
     * whole system: each has its own method.
     */
    SystemStats getTenantStats(TenantId tenant);

    /** The user's ten most called tools in [start, end] (across all the user's keys), most called first. */
    List<ToolUsage> getTopToolsAnalysis(UUID userId, Instant start, Instant end);
}
