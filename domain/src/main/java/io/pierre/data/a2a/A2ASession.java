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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A client's session; scopes are a real list (an empty list reads back empty). */
@Entity
@Table(name = "a2a_sessions")
@NamedQuery(
        name = A2ASession.ACTIVE_FOR_CLIENT,
        query = "select s from A2ASession s where s.clientId = :clientId and s.expiresAt > :now"
                + " order by s.lastActivity desc, s.sessionToken")
@NamedQuery(
        name = A2ASession.EXPIRE_FOR_CLIENT,
        query = "update A2ASession s set s.expiresAt = :now where s.clientId = :clientId" + " and s.expiresAt > :now")
@NamedQuery(
        name = A2ASession.RECORD_ACTIVITY,
        query = "update A2ASession s set s.lastActivity = :now,"
                + " s.requestsCount = s.requestsCount + 1 where s.sessionToken = :token")
public class A2ASession {

    public static final String ACTIVE_FOR_CLIENT = "A2ASession.activeForClient";
    public static final String EXPIRE_FOR_CLIENT = "A2ASession.expireForClient";
    public static final String RECORD_ACTIVITY = "A2ASession.recordActivity";

    @NotNull
    @Size(max = 64)
    @Id
    @Column(name = "session_token")
    private String sessionToken;

    @NotNull
    @Column(name = "client_id", nullable = false)
    private UUID clientId;

    @Column(name = "user_id")
    private UUID userId;

    @NotNull
    @JsonListSize(max = 2000)
    @Convert(converter = JsonStringListConverter.class)
    @Column(name = "granted_scopes", nullable = false)
    private List<String> grantedScopes;

    @NotNull
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @NotNull
    @Column(name = "last_activity", nullable = false)
    private Instant lastActivity;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "requests_count", nullable = false)
    private long requestsCount;

    protected A2ASession() {}

    public static A2ASession open(UUID clientId, UUID userId, List<String> scopes, Duration lifetime) {
        A2ASession session = new A2ASession();
        session.sessionToken = "sess_" + UUID.randomUUID();
        session.clientId = clientId;
        session.userId = userId;
        session.grantedScopes = List.copyOf(scopes);
        session.createdAt = Timestamps.now();
        session.lastActivity = session.createdAt;
        session.expiresAt = session.createdAt.plus(lifetime);
        return session;
    }

    public String sessionToken() {
        return sessionToken;
    }

    public UUID clientId() {
        return clientId;
    }

    public Optional<UUID> userId() {
        return Optional.ofNullable(userId);
    }

    public List<String> grantedScopes() {
        return grantedScopes;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant lastActivity() {
        return lastActivity;
    }

    public long requestsCount() {
        return requestsCount;
    }
}
