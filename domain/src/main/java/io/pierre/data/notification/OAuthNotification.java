package io.pierre.data.notification;

import io.pierre.data.db.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The outcome of connecting a provider, shown to the user until read. */
@Entity
@Table(name = "oauth_notifications")
@NamedQuery(
        name = OAuthNotification.UNREAD,
        query = "select n from OAuthNotification n where n.userId = :userId and n.readAt is null"
                + " order by n.createdAt desc, n.id desc")
@NamedQuery(
        name = OAuthNotification.ALL,
        query = "select n from OAuthNotification n where n.userId = :userId" + " order by n.createdAt desc, n.id desc")
@NamedQuery(
        name = OAuthNotification.MARK_READ,
        query = "update OAuthNotification n set n.readAt = :at"
                + " where n.id = :id and n.userId = :userId and n.readAt is null")
@NamedQuery(
        name = OAuthNotification.MARK_ALL_READ,
        query = "update OAuthNotification n set n.readAt = :at" + " where n.userId = :userId and n.readAt is null")
public class OAuthNotification {

    public static final String UNREAD = "OAuthNotification.unread";
    public static final String ALL = "OAuthNotification.all";
    public static final String MARK_READ = "OAuthNotification.markRead";
    public static final String MARK_ALL_READ = "OAuthNotification.markAllRead";

    @Id
    @NotNull
    private UUID id;

    @NotNull
    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @NotNull
    @Size(max = 32)
    @Column(nullable = false)
    private String provider;

    @Column(nullable = false)
    private boolean success;

    @NotNull
    @Size(max = 4000)
    @Column(nullable = false)
    private String message;

    /** Opaque to the data layer, as in the original: stored and returned, never interpreted. */
    @Size(max = 64)
    @Column(name = "expires_at")
    private String expiresAt;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected OAuthNotification() {}

    public static OAuthNotification of(
            UUID userId, String provider, boolean success, String message, String expiresAt) {
        OAuthNotification notification = new OAuthNotification();
        notification.id = UUID.randomUUID();
        notification.userId = userId;
        notification.provider = provider;
        notification.success = success;
        notification.message = message;
        notification.expiresAt = expiresAt;
        notification.createdAt = Timestamps.now();
        return notification;
    }

    public UUID id() {
        return id;
    }

    public UUID userId() {
        return userId;
    }

    public String provider() {
        return provider;
    }

    public boolean isSuccess() {
        return success;
    }

    public String message() {
        return message;
    }

    public Optional<String> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> readAt() {
        return Optional.ofNullable(readAt);
    }
}
