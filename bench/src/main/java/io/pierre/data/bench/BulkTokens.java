package io.pierre.data.bench;

import io.pierre.data.oauthtoken.UserOAuthToken;
import io.pierre.data.tenant.TenantId;
import io.pierre.data.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Benchmark setup: sealed OAuth tokens in bulk, one transaction per batch. */
@ApplicationScoped
public class BulkTokens {

    private static final List<String> PROVIDERS = List.of("strava", "fitbit", "garmin", "whoop", "terra", "coros", "synthetic");

    @PersistenceContext(unitName = "pierre")
    EntityManager em;

    /** Seven tokens (one per provider) for each of {@code users} new users. */
    @Transactional
    public void insertBatch(TenantId tenant, int users, String prefix) {
        for (int i = 0; i < users; i++) {
            User user = User.newUser(prefix + i + "-" + UUID.randomUUID() + "@bench.example", "hash");
            em.persist(user);
            for (String provider : PROVIDERS) {
                em.persist(UserOAuthToken.of(user.id(), tenant, provider, "access-" + provider + "-" + i, null, null, null));
            }
        }
        em.flush();
        em.clear();
    }
}
