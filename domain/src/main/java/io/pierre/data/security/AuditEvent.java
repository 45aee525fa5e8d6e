package io.pierre.data.security;

import io.pierre.data.db.Timestamps;
import io.pierre.data.tenancy.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A security-relevant event. Unlike the original, action, resource and session id are stored too, so an event
 * reads back as it was written.
 */
@Entity
@Table(name = "audit_events")
public class AuditEvent {

    public static final String DEFAULT_SOURCE = "security";

    @Id
    @NotNull
    private UUID id;

    @NotNull
    @Convert(converter = AuditEventType.JpaConverter.class)
    @Column(name = "event_type", nullable = false)
    private AuditEventType type;

    @NotNull
    @Convert(converter = AuditSeverity.JpaConverter.class)
    @Column(nullable = false)
    private AuditSeverity severity;

    @NotNull
    @Column(name = "message", nullable = false)
    private String description;

    @NotNull
    @Size(max = 64)
    @Column(nullable = false)
    private String source;

    @NotNull
    @Size(max = 64)
    @Column(nullable = false)
    private String result;

    @Size(max = 64)
    private String action;

    @Size(max = 255)
    private String resource;

    @Size(max = 255)
    @Column(name = "session_id")
    private String sessionId;

    @Column(name = "tenant_id")
    private UUID tenantId;

    @Column(name = "user_id")
    private UUID userId;

    @Size(max = 64)
    @Column(name = "ip_address")
    private String sourceIp;

    @Size(max = 512)
    @Column(name = "user_agent")
    private String userAgent;

    /** JSON text; {@code null} when the event has none. */
    private String metadata;

    @NotNull
    @Column(name = "timestamp", nullable = false)
    private Instant timestamp;

    protected AuditEvent() {}

    public static AuditEvent of(
            AuditEventType type, AuditSeverity severity, String description, String action, String result) {
        AuditEvent event = new AuditEvent();
        event.id = UUID.randomUUID();
        event.type = Objects.requireNonNull(type, "type");
        event.severity = Objects.requireNonNull(severity, "severity");
        event.description = Objects.requireNonNull(description, "description");
        event.action = action;
        event.result = Objects.requireNonNull(result, "result");
        event.source = DEFAULT_SOURCE;
        event.timestamp = Timestamps.now();
        return event;
    }

    public AuditEvent inTenant(TenantId tenant) {
        this.tenantId = tenant == null ? null : tenant.value();
        return this;
    }

    public AuditEvent byUser(UUID user) {
        this.userId = user;
        return this;
    }

    public AuditEvent from(String ip, String agent) {
        this.sourceIp = ip;
        this.userAgent = agent;
        return this;
    }

    public AuditEvent on(String resourceName, String session) {
        this.resource = resourceName;
        this.sessionId = session;
        return this;
    }

    public AuditEvent withMetadata(String json) {
        this.metadata = json;
        return this;
    }

    public AuditEvent at(Instant when) {
        this.timestamp = Timestamps.truncate(when);
        return this;
    }

    public UUID id() {
        return id;
    }

    public AuditEventType type() {
        return type;
    }

    public AuditSeverity severity() {
        return severity;
    }

    public String description() {
        return description;
    }

    public String source() {
        return source;
    }

    public String result() {
        return result;
    }

    public Optional<String> action() {
        return Optional.ofNullable(action);
    }

    public Optional<String> resource() {
        return Optional.ofNullable(resource);
    }

    public Optional<String> sessionId() {
        return Optional.ofNullable(sessionId);
    }

    public Optional<TenantId> tenantId() {
        return Optional.ofNullable(tenantId).map(TenantId::new);
    }

    public Optional<UUID> userId() {
        return Optional.ofNullable(userId);
    }

    public Optional<String> sourceIp() {
        return Optional.ofNullable(sourceIp);
    }

    public Optional<String> userAgent() {
        return Optional.ofNullable(userAgent);
    }

    public Optional<String> metadata() {
        return Optional.ofNullable(metadata);
    }

    public Instant timestamp() {
        return timestamp;
    }
}
