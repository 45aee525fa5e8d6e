package io.pierre.data.bench;

import io.pierre.data.oauthtoken.UserOAuthToken;
import io.pierre.data.tenancy.TenantId;
import io.pierre.data.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Bulk setup for the rotation benchmark and the rotation tests: many users with one sealed token per provider, in
 * one transaction, flushed and cleared every 500 tokens so the persistence context stays small.
 */
@ApplicationScoped
@Transactional
public class BulkTokens {

    public static final List<String> PROVIDERS =
            List.of("strava", "fitbit", "garmin", "whoop", "terra", "coros", "synthetic");

    @PersistenceContext(unitName = "pierre")
    EntityManager em;

    /**
     * Token {@code n} belongs to user {@code n / 7} (email {@code <emailPrefix>n@example.com}) and provider
     * {@code n % 7}, with access token "tok-n" and refresh token "ref-n". Returns the users' ids.
     */
    public List<UUID> createTokens(TenantId tenant, String emailPrefix, int count) {
        List<UUID> users = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            if (n % PROVIDERS.size() == 0) {
                User user = User.newUser(emailPrefix + n + "@example.com", "hash");
                em.persist(user);
                users.add(user.id());
            }
            em.persist(UserOAuthToken.of(
                    users.get(n / PROVIDERS.size()),
                    tenant,
                    PROVIDERS.get(n % PROVIDERS.size()),
                    "tok-" + n,
                    "ref-" + n,
                    null,
                    null));
            if (n % 500 == 499) {
                em.flush();
                em.clear();
            }
        }
        return users;
    }
}
