package io.pierre.data.db;

import io.pierre.data.oauthtoken.OAuthTokenRepository;
import io.pierre.data.security.SecurityRepository;
import io.pierre.data.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The one injectable entry point to Pierre's data: {@code db.users().findById(..)}. Each accessor returns a
 * focused repository; repositories are transaction boundaries of their own and join a caller's transaction.
 */
@ApplicationScoped
public class Database {

    private final UserRepository users;
    private final OAuthTokenRepository oauthTokens;
    private final SecurityRepository security;

    @Inject
    public Database(UserRepository users, OAuthTokenRepository oauthTokens, SecurityRepository security) {
        this.users = users;
        this.oauthTokens = oauthTokens;
        this.security = security;
    }

    /** Required by CDI to proxy a normal-scoped bean. */
    protected Database() {
        this(null, null, null);
    }

    public UserRepository users() {
        return users;
    }

    public OAuthTokenRepository oauthTokens() {
        return oauthTokens;
    }

    public SecurityRepository security() {
        return security;
    }
}
