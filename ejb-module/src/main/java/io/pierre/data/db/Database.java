package io.pierre.data.db;

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

    @Inject
    UserRepository users;

    @Inject
    OAuthTokenRepository oauthTokens;

    @Inject
    SecurityRepository security;

    @Inject
    ApiKeyRepository apiKeys;

    @Inject
    UsageRepository usage;

    @Inject
    AdminRepository admins;

    @Inject
    TenantRepository tenants;

    @Inject
    OAuth2ServerRepository oauth2Server;

    @Inject
    A2ARepository a2a;

    @Inject
    ProfileRepository profiles;

    @Inject
    InsightRepository insights;

    @Inject
    NotificationRepository notifications;

    @Inject
    FitnessConfigRepository fitnessConfigs;

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
