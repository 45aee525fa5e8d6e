package io.pierre.data.it;

import io.pierre.data.Database;
import io.pierre.data.db.Timestamps;
import io.pierre.data.oauthtoken.UserOAuthToken;
import io.pierre.data.tenancy.TenantId;
import io.pierre.data.user.User;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.UUID;

/**
 * Test-only (added to the WAR of black-box tests, never in the product): stores an OAuth token, alters one byte
 * of its sealed access token with SQL and reads it back, so the product's error mapping of an integrity failure
 * can be observed over HTTP. The token is deleted again whatever happens, so no key rotation meets it.
 */
@Path("/test-support/tampered-secret")
@RequestScoped
public class TamperedSecretResource {

    public static final String ACCESS_TOKEN = "tampered-secret-access-token-value";

    @Inject
    Database db;

    @Inject
    TestDatabase testDatabase;

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String readTamperedAccessToken() {
        UUID user = db.users().create(User.newUser("tampered-" + UUID.randomUUID() + "@example.com", "hash"));
        TenantId tenant =
                testDatabase.createTenant("tampered-" + user.toString().substring(0, 8), user);
        db.oauthTokens()
                .upsert(UserOAuthToken.of(
                        user,
                        tenant,
                        "strava",
                        ACCESS_TOKEN,
                        null,
                        Timestamps.now().plus(Duration.ofHours(1)),
                        "read"));
        try {
            UUID row =
                    db.oauthTokens().find(user, tenant, "strava").orElseThrow().id();
            String sealed = testDatabase.column("user_oauth_tokens", "access_token", "id", row);
            int last = sealed.length() - 2;
            String altered =
                    sealed.substring(0, last) + (sealed.charAt(last) == 'A' ? 'B' : 'A') + sealed.substring(last + 1);
            testDatabase.setColumn("user_oauth_tokens", "access_token", "id", row, altered);
            return db.oauthTokens().find(user, tenant, "strava").orElseThrow().accessToken();
        } finally {
            db.oauthTokens().delete(user, tenant, "strava");
        }
    }
}
