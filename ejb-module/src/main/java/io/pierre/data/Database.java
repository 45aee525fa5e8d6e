package io.pierre.data;

import io.pierre.data.a2a.A2ARepository;
import io.pierre.data.admin.AdminRepository;
import io.pierre.data.apikey.ApiKeyRepository;
import io.pierre.data.fitness.FitnessConfigRepository;
import io.pierre.data.insight.InsightRepository;
import io.pierre.data.notification.NotificationRepository;
import io.pierre.data.oauth2.OAuth2ServerRepository;
import io.pierre.data.oauthtoken.OAuthTokenRepository;
import io.pierre.data.profile.ProfileRepository;
import io.pierre.data.security.SecurityRepository;
import io.pierre.data.tenant.TenantRepository;
import io.pierre.data.usage.UsageRepository;
import io.pierre.data.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The one injectable entry point to Pierre's data: {@code db.users().findById(..)}. Each accessor returns a
 * focused repository; repositories are transaction boundaries of their own and join a caller's transaction.
 */
@ApplicationScoped
public class Database {

    private UserRepository users;
    private OAuthTokenRepository oauthTokens;
    private SecurityRepository security;
    private ApiKeyRepository apiKeys;
    private UsageRepository usage;
    private AdminRepository admins;
    private TenantRepository tenants;
    private OAuth2ServerRepository oauth2Server;
    private A2ARepository a2a;
    private ProfileRepository profiles;
    private InsightRepository insights;
    private NotificationRepository notifications;
    private FitnessConfigRepository fitnessConfigs;

    /** For the container's client proxy only. */
    protected Database() {}

    @Inject
    public Database(
            UserRepository users,
            OAuthTokenRepository oauthTokens,
            SecurityRepository security,
            ApiKeyRepository apiKeys,
            UsageRepository usage,
            AdminRepository admins,
            TenantRepository tenants,
            OAuth2ServerRepository oauth2Server,
            A2ARepository a2a,
            ProfileRepository profiles,
            InsightRepository insights,
            NotificationRepository notifications,
            FitnessConfigRepository fitnessConfigs) {
        this.users = users;
        this.oauthTokens = oauthTokens;
        this.security = security;
        this.apiKeys = apiKeys;
        this.usage = usage;
        this.admins = admins;
        this.tenants = tenants;
        this.oauth2Server = oauth2Server;
        this.a2a = a2a;
        this.profiles = profiles;
        this.insights = insights;
        this.notifications = notifications;
        this.fitnessConfigs = fitnessConfigs;
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

    public ApiKeyRepository apiKeys() {
        return apiKeys;
    }

    public UsageRepository usage() {
        return usage;
    }

    public AdminRepository admins() {
        return admins;
    }

    public TenantRepository tenants() {
        return tenants;
    }

    public OAuth2ServerRepository oauth2Server() {
        return oauth2Server;
    }

    public A2ARepository a2a() {
        return a2a;
    }

    public ProfileRepository profiles() {
        return profiles;
    }

    public InsightRepository insights() {
        return insights;
    }

    public NotificationRepository notifications() {
        return notifications;
    }

    public FitnessConfigRepository fitnessConfigs() {
        return fitnessConfigs;
    }
}
