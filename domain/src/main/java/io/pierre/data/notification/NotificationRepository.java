package io.pierre.data.notification;

import java.util.List;
import java.util.UUID;

/** Provider-connection notifications (spec §3.12). Every method is scoped to the owning user. */
public interface NotificationRepository {

    UUID store(UUID userId, String provider, boolean success, String message, String expiresAt);

    /** Unread notifications, newest first (expired ones included: expiry is the caller's business). */
    List<OAuthNotification> getUnread(UUID userId);

    /** @return whether it was the user's and unread (and is now read) */
    boolean markRead(UUID notificationId, UUID userId);

    /** @return how many were marked */
    long markAllRead(UUID userId);

    /** Read and unread, newest first, at most {@code limit} when given. */
    List<OAuthNotification> getAll(UUID userId, Integer limit);
}
