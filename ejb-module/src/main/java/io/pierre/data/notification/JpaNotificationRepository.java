package io.pierre.data.notification;

import io.pierre.data.db.Timestamps;
import io.pierre.data.retry.RetryOnTransientFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** {@link NotificationRepository} on JPA. */
@ApplicationScoped
@Transactional
@RetryOnTransientFailure
public class JpaNotificationRepository implements NotificationRepository {

    @PersistenceContext(unitName = "pierre")
    private EntityManager em;

    @Override
    public UUID store(UUID userId, String provider, boolean success, String message, String expiresAt) {
        OAuthNotification notification = OAuthNotification.of(userId, provider, success, message, expiresAt);
        em.persist(notification);
        return notification.id();
    }

    @Override
    public List<OAuthNotification> getUnread(UUID userId) {
        return em.createNamedQuery(OAuthNotification.UNREAD, OAuthNotification.class)
                .setParameter("userId", userId)
                .getResultList();
    }

    @Override
    public boolean markRead(UUID notificationId, UUID userId) {
        return em.createNamedQuery(OAuthNotification.MARK_READ)
                        .setParameter("at", Timestamps.now())
                        .setParameter("id", notificationId)
                        .setParameter("userId", userId)
                        .executeUpdate()
                == 1;
    }

    @Override
    public long markAllRead(UUID userId) {
        return em.createNamedQuery(OAuthNotification.MARK_ALL_READ)
                .setParameter("at", Timestamps.now())
                .setParameter("userId", userId)
                .executeUpdate();
    }

    @Override
    public List<OAuthNotification> getAll(UUID userId, Integer limit) {
        TypedQuery<OAuthNotification> query = em.createNamedQuery(OAuthNotification.ALL, OAuthNotification.class)
                .setParameter("userId", userId);
        if (limit != null) {
            query.setMaxResults(limit);
        }
        return query.getResultList();
    }
}
