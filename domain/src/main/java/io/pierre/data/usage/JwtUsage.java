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

/** One call made with a user's JWT session. */
@Entity
@Table(name = "jwt_usage")
@NamedQuery(
        name = JwtUsage.COUNT_SINCE,
        query = "select count(u) from JwtUsage u where u.userId = :userId and u.timestamp >= :since")
public class JwtUsage {

    public static final String COUNT_SINCE = "JwtUsage.countSince";

    @Id
    @NotNull
    private UUID id;

    @NotNull
    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @NotNull
    @Column(name = "timestamp", nullable = false)
    private Instant timestamp;

    @NotNull
    @Size(max = 512)
    @Column(nullable = false)
    private String endpoint;

    @NotNull
    @Size(max = 16)
    @Column(nullable = false)
    private String method;

    @Column(name = "status_code", nullable = false)
    private int statusCode;

    @Column(name = "response_time_ms")
    private Integer responseTimeMs;

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

    protected JwtUsage() {}

    public static JwtUsage of(UUID userId, String method, String endpoint, int statusCode, Integer responseTimeMs) {
        JwtUsage usage = new JwtUsage();
        usage.id = UUID.randomUUID();
        usage.userId = Objects.requireNonNull(userId, "userId");
        usage.method = Objects.requireNonNull(method, "method");
        usage.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        usage.statusCode = statusCode;
        usage.responseTimeMs = responseTimeMs;
        usage.timestamp = Timestamps.now();
        return usage;
    }

    public JwtUsage at(Instant when) {
        this.timestamp = Timestamps.truncate(when);
        return this;
    }

    public UUID userId() {
        return userId;
    }

    public Instant timestamp() {
        return timestamp;
    }
}
