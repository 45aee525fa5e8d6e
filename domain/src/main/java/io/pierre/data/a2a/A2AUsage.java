package io.pierre.data.a2a;

import io.pierre.data.db.JsonListSize;
import io.pierre.data.db.JsonStringListConverter;
import io.pierre.data.db.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One call an agent made. */
@Entity
@Table(name = "a2a_usage")
@NamedQuery(
        name = A2AUsage.COUNT_SINCE,
        query = "select count(u) from A2AUsage u where u.clientId = :clientId and u.timestamp > :since")
@NamedQuery(
        name = A2AUsage.STATS,
        query =
                "select count(u), sum(case when u.statusCode >= 200 and u.statusCode < 300 then 1 else 0 end),"
                        + " sum(case when u.statusCode >= 400 then 1 else 0 end), avg(u.responseTimeMs), sum(u.requestSizeBytes),"
                        + " sum(u.responseSizeBytes) from A2AUsage u where u.clientId = :clientId and u.timestamp >= :start and u.timestamp <= :end")
@NamedQuery(
        name = A2AUsage.CALLS_SINCE,
        query =
                "select u.timestamp, u.statusCode from A2AUsage u where u.clientId = :clientId and u.timestamp >= :since")
public class A2AUsage {

    public static final String CALLS_SINCE = "A2AUsage.callsSince";

    public static final String STATS = "A2AUsage.stats";

    public static final String COUNT_SINCE = "A2AUsage.countSince";

    @Id
    @NotNull
    private UUID id;

    @NotNull
    @Column(name = "client_id", nullable = false)
    private UUID clientId;

    @Size(max = 64)
    @Column(name = "session_token")
    private String sessionToken;

    @NotNull
    @Column(name = "timestamp", nullable = false)
    private Instant timestamp;

    @NotNull
    @Size(max = 255)
    @Column(name = "tool_name", nullable = false)
    private String toolName;

    @Column(name = "response_time_ms")
    private Integer responseTimeMs;

    @Column(name = "status_code", nullable = false)
    private int statusCode;

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

    @NotNull
    @Size(max = 16)
    @Column(name = "protocol_version", nullable = false)
    private String protocolVersion;

    @NotNull
    @JsonListSize(max = 2000)
    @Convert(converter = JsonStringListConverter.class)
    @Column(name = "client_capabilities", nullable = false)
    private List<String> clientCapabilities;

    @NotNull
    @JsonListSize(max = 2000)
    @Convert(converter = JsonStringListConverter.class)
    @Column(name = "granted_scopes", nullable = false)
    private List<String> grantedScopes;

    protected A2AUsage() {}

    public static A2AUsage of(
            UUID clientId, String sessionToken, String toolName, int statusCode, Integer responseTimeMs) {
        A2AUsage usage = new A2AUsage();
        usage.id = UUID.randomUUID();
        usage.clientId = clientId;
        usage.sessionToken = sessionToken;
        usage.toolName = toolName;
        usage.statusCode = statusCode;
        usage.responseTimeMs = responseTimeMs;
        usage.protocolVersion = "1.0";
        usage.clientCapabilities = List.of();
        usage.grantedScopes = List.of();
        usage.timestamp = Timestamps.now();
        return usage;
    }

    public A2AUsage at(Instant when) {
        this.timestamp = Timestamps.truncate(when);
        return this;
    }

    public A2AUsage withSizes(Integer requestBytes, Integer responseBytes) {
        this.requestSizeBytes = requestBytes;
        this.responseSizeBytes = responseBytes;
        return this;
    }

    public A2AUsage withContext(List<String> capabilities, List<String> scopes) {
        this.clientCapabilities = List.copyOf(capabilities);
        this.grantedScopes = List.copyOf(scopes);
        return this;
    }

    public UUID clientId() {
        return clientId;
    }

    public Instant timestamp() {
        return timestamp;
    }

    public int statusCode() {
        return statusCode;
    }
}
