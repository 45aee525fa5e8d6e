package io.pierre.data.usage;

import io.pierre.data.db.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** One HTTP request as the dashboard shows it. The original had no writer for this table; this one does. */
@Entity
@Table(name = "request_logs")
public class RequestLog {

    @Id
    @NotNull
    private UUID id;

    @Column(name = "user_id")
    private UUID userId;

    @Column(name = "api_key_id")
    private UUID apiKeyId;

    @NotNull
    @Column(name = "timestamp", nullable = false)
    private Instant timestamp;

    @NotNull
    @Size(max = 16)
    @Column(nullable = false)
    private String method;

    @NotNull
    @Size(max = 512)
    @Column(nullable = false)
    private String endpoint;

    @Column(name = "status_code", nullable = false)
    private int statusCode;

    @Column(name = "response_time_ms")
    private Integer responseTimeMs;

    @Size(max = 2000)
    @Column(name = "error_message")
    private String errorMessage;

    protected RequestLog() {}

    /** A request by {@code userId} and/or through {@code apiKeyId} (either may be null). */
    public static RequestLog of(
            UUID userId, UUID apiKeyId, String method, String endpoint, int statusCode, Integer responseTimeMs) {
        RequestLog log = new RequestLog();
        log.id = UUID.randomUUID();
        log.userId = userId;
        log.apiKeyId = apiKeyId;
        log.method = Objects.requireNonNull(method, "method");
        log.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        log.statusCode = statusCode;
        log.responseTimeMs = responseTimeMs;
        log.timestamp = Timestamps.now();
        return log;
    }

    public RequestLog at(Instant when) {
        this.timestamp = Timestamps.truncate(when);
        return this;
    }

    public RequestLog withError(String message) {
        this.errorMessage = message;
        return this;
    }

    public UUID id() {
        return id;
    }

    public Optional<UUID> userId() {
        return Optional.ofNullable(userId);
    }

    public Optional<UUID> apiKeyId() {
        return Optional.ofNullable(apiKeyId);
    }

    public Instant timestamp() {
        return timestamp;
    }

    public String method() {
        return method;
    }

    /** The endpoint, which the dashboard shows as the tool name. */
    public String endpoint() {
        return endpoint;
    }

    public int statusCode() {
        return statusCode;
    }

    public Optional<Integer> responseTimeMs() {
        return Optional.ofNullable(responseTimeMs);
    }

    public Optional<String> errorMessage() {
        return Optional.ofNullable(errorMessage);
    }
}
