package io.pierre.data.admin;

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
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** One use of an admin token. Every row has an id, and the error message is kept. */
@Entity
@Table(name = "admin_token_usage")
@NamedQuery(
        name = AdminTokenUsage.HISTORY,
        query = "select u from AdminTokenUsage u where u.adminTokenId = :tokenId"
                + " and u.timestamp >= :start and u.timestamp <= :end order by u.timestamp desc, u.id desc")
public class AdminTokenUsage {

    public static final String HISTORY = "AdminTokenUsage.history";

    @Id
    @NotNull
    private UUID id;

    @NotNull
    @Column(name = "admin_token_id", nullable = false)
    private UUID adminTokenId;

    @NotNull
    @Column(name = "timestamp", nullable = false)
    private Instant timestamp;

    @NotNull
    @Convert(converter = AdminAction.JpaConverter.class)
    @Column(nullable = false)
    private AdminAction action;

    @Size(max = 512)
    @Column(name = "target_resource")
    private String targetResource;

    @Size(max = 64)
    @Column(name = "ip_address")
    private String ipAddress;

    @Size(max = 512)
    @Column(name = "user_agent")
    private String userAgent;

    @Column(name = "request_size_bytes")
    private Integer requestSizeBytes;

    @Column(nullable = false)
    private boolean success;

    @Size(max = 2000)
    @Column(name = "error_message")
    private String errorMessage;

    @Column(name = "response_time_ms")
    private Integer responseTimeMs;

    protected AdminTokenUsage() {}

    public static AdminTokenUsage of(
            UUID adminTokenId, AdminAction action, String targetResource, boolean success, String errorMessage) {
        AdminTokenUsage usage = new AdminTokenUsage();
        usage.id = UUID.randomUUID();
        usage.adminTokenId = Objects.requireNonNull(adminTokenId, "adminTokenId");
        usage.action = Objects.requireNonNull(action, "action");
        usage.targetResource = targetResource;
        usage.success = success;
        usage.errorMessage = errorMessage;
        usage.timestamp = Timestamps.now();
        return usage;
    }

    public AdminTokenUsage at(Instant when) {
        this.timestamp = Timestamps.truncate(when);
        return this;
    }

    public AdminTokenUsage from(String ip, String agent) {
        this.ipAddress = ip;
        this.userAgent = agent;
        return this;
    }

    public UUID id() {
        return id;
    }

    public UUID adminTokenId() {
        return adminTokenId;
    }

    public Instant timestamp() {
        return timestamp;
    }

    public AdminAction action() {
        return action;
    }

    public Optional<String> targetResource() {
        return Optional.ofNullable(targetResource);
    }

    public boolean isSuccess() {
        return success;
    }

    public Optional<String> errorMessage() {
        return Optional.ofNullable(errorMessage);
    }

    public Optional<String> ipAddress() {
        return Optional.ofNullable(ipAddress);
    }
}
