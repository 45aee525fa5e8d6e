package io.pierre.data.usage;

import io.pierre.data.error.NotFoundException;
import io.pierre.data.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Usage records and statistics (spec §3.4). The original's two backends counted "current usage" over different
 * windows; here both databases use the same ones, stated on each method.
 */
public interface UsageRepository {

    /** Per-tool figures inside {@link ApiKeyUsageStats}. */
    record ToolStats(long count, long successCount, double averageResponseTimeMs, double successRate) {
    }

    /**
     * Calls of one key in [{@code periodStart}, {@code periodEnd}]: successful = 2xx, failed = 4xx and 5xx (3xx
     * is neither), total response time, and figures per tool.
     */
    record ApiKeyUsageStats(UUID apiKeyId, Instant periodStart, Instant periodEnd, long totalRequests, long successfulRequests,
            long failedRequests, long totalResponseTimeMs, Map<String, ToolStats> toolUsage) {
    }

    /** A user's most used tool: calls, percentage below 400, mean response time. */
    record ToolUsage(String toolName, long requestCount, double successRatePercent, double averageResponseTimeMs) {
    }

    /** Users and active API keys, globally or in one tenant (by membership). */
    record SystemStats(long users, long activeApiKeys) {
    }

    /** Optional filters of {@link #getRequestLogs}; null means "any". */
    record RequestLogFilter(UUID userId, UUID apiKeyId, Instant start, Instant end, String statusPrefix, String endpointContains) {

        public static RequestLogFilter all() {
            return new RequestLogFilter(null, null, null, null, null, null);
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

    /** Users and active API keys (decision: active keys on both databases), optionally within a tenant. */
    SystemStats getSystemStats(TenantId tenant);

    /** The user's ten most called tools in [start, end] (across all the user's keys), most called first. */
    List<ToolUsage> getTopToolsAnalysis(UUID userId, Instant start, Instant end);
}
