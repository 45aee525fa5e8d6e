package io.pierre.data.usage;

import io.pierre.data.db.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One call made with an API key. Every row has an id, and the error message is kept (the original dropped it). */
@Entity
@Table(name = "api_key_usage")
@NamedQuery(
        name = ApiKeyUsage.COUNT_SINCE,
        query = "select count(u) from ApiKeyUsage u where u.apiKeyId = :id and u.timestamp > :since")
@NamedQuery(
        name = ApiKeyUsage.STATS_BY_TOOL,
        query =
                "select u.toolName, count(u), sum(case when u.statusCode >= 200 and u.statusCode < 300 then 1 else 0 end),"
                        + " sum(case when u.statusCode >= 400 then 1 else 0 end), coalesce(sum(u.responseTimeMs), 0), avg(u.responseTimeMs)"
                        + " from ApiKeyUsage u where u.apiKeyId = :id and u.timestamp >= :start and u.timestamp <= :end"
                        + " group by u.toolName order by u.toolName")
@NamedQuery(
        name = ApiKeyUsage.TOP_TOOLS_OF_USER,
        query =
                "select u.toolName, count(u), sum(case when u.statusCode < 400 then 1 else 0 end), avg(u.responseTimeMs)"
                        + " from ApiKeyUsage u where u.apiKeyId in (select k.id from ApiKey k where k.userId = :userId)"
                        + " and u.timestamp >= :start and u.timestamp <= :end group by u.toolName order by count(u) desc, u.toolName")
public class ApiKeyUsage {

    public static final String TOP_TOOLS_OF_USER = "ApiKeyUsage.topToolsOfUser";

    public static final String STATS_BY_TOOL = "ApiKeyUsage.statsByTool";

    public static final String COUNT_SINCE = "ApiKeyUsage.countSince";

    @Id
    @NotNull
    private UUID id;

    @NotNull
    @Column(name = "api_key_id", nullable = false)
    private UUID apiKeyId;

    @NotNull
    @Column(name = "timestamp", nullable = false)
    private Instant timestamp;

    @NotNull
    @Size(max = 255)
    @Column(name = "tool_name", nullable = false)
    private String toolName;

    @Column(name = "status_code", nullable = false)
    private int statusCode;

    @Column(name = "response_time_ms")
    private Integer responseTimeMs;

    @Size(max = 2000)
    @Column(name = "error_message")
    private String errorMessage;

    @Column(name = "request_size_bytes")
    private Integer requestSizeBytes;

    @Column(name = "response_size_bytes")
    private Integer responseSizeBytes;

    @Size(max = 64)
    @Column(name = "ip_address")
    private String ipAddress;

    @Size(max = 512)
    @Column(name = "user_agent")
    private String userAgent;

    protected ApiKeyUsage() {}

    public static ApiKeyUsage of(UUID apiKeyId, String toolName, int statusCode, Integer responseTimeMs) {
        ApiKeyUsage usage = new ApiKeyUsage();
        usage.id = UUID.randomUUID();
        usage.apiKeyId = Objects.requireNonNull(apiKeyId, "apiKeyId");
        usage.toolName = Objects.requireNonNull(toolName, "toolName");
        usage.statusCode = statusCode;
        usage.responseTimeMs = responseTimeMs;
        usage.timestamp = Timestamps.now();
        return usage;
    }

    public ApiKeyUsage at(Instant when) {
        this.timestamp = Timestamps.truncate(when);
        return this;
    }

    public ApiKeyUsage withError(String message) {
        this.errorMessage = message;
        return this;
    }

    public ApiKeyUsage withSizes(Integer requestBytes, Integer responseBytes) {
        this.requestSizeBytes = requestBytes;
        this.responseSizeBytes = responseBytes;
        return this;
    }

    public ApiKeyUsage from(String ip, String agent) {
        this.ipAddress = ip;
        this.userAgent = agent;
        return this;
    }

    public UUID id() {
        return id;
    }

    public UUID apiKeyId() {
        return apiKeyId;
    }

    public Instant timestamp() {
        return timestamp;
    }

    public String toolName() {
        return toolName;
    }

    public int statusCode() {
        return statusCode;
    }

    public Integer responseTimeMs() {
        return responseTimeMs;
    }

    public String errorMessage() {
        return errorMessage;
    }
}
