package io.pierre.data.api.admin;

import io.pierre.data.admin.AdminPermission;
import io.pierre.data.admin.AdminToken;
import io.pierre.data.admin.ProvisionedKey;
import io.pierre.data.api.auth.CurrentAdmin;
import io.pierre.data.apikey.ApiKey;
import io.pierre.data.apikey.ApiKeyTier;
import io.pierre.data.crypto.Digests;
import io.pierre.data.crypto.PasswordHasher;
import io.pierre.data.db.Database;
import io.pierre.data.db.DatabaseCodeConverter;
import io.pierre.data.error.InvalidInputException;
import io.pierre.data.error.NotFoundException;
import io.pierre.data.oauth2.OAuth2Client;
import io.pierre.data.retry.RetryOnTransientFailure;
import io.pierre.data.security.AuditEvent;
import io.pierre.data.security.AuditEventType;
import io.pierre.data.security.AuditSeverity;
import io.pierre.data.tenant.Tenant;
import io.pierre.data.tenant.TenantId;
import io.pierre.data.tenant.TenantPlan;
import io.pierre.data.user.User;
import io.pierre.data.user.UserStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The admin API's changes. Each method is one transaction that makes the change and writes its audit event, so
 * there is never a change without its audit record (or an audit record of a change that rolled back).
 */
@ApplicationScoped
@Transactional
@RetryOnTransientFailure
public class AdminService {

    @Inject
    Database db;

    @Inject
    CurrentAdmin admin;

    public User createUser(Requests.CreateUser request) {
        User user = User.newUser(request.email(), PasswordHasher.hash(request.password())).withDisplayName(request.displayName());
        db.users().create(user);
        audit(AuditEventType.CONFIGURATION_CHANGED, "user.create", "user:" + user.id(), null);
        return user;
    }

    public User changeUserStatus(UUID userId, UserStatus status) {
        User user = db.users().updateStatus(userId, status, null);
        audit(AuditEventType.CONFIGURATION_CHANGED, "user." + status.databaseValue(), "user:" + userId, null);
        return user;
    }

    public void deleteUser(UUID userId) {
        db.users().delete(userId);
        audit(AuditEventType.CONFIGURATION_CHANGED, "user.delete", "user:" + userId, null);
    }

    public Tenant createTenant(Requests.CreateTenant request) {
        TenantPlan plan = request.plan() == null ? TenantPlan.STARTER : DatabaseCodeConverter.fromCode(TenantPlan.class, request.plan());
        Tenant tenant = Tenant.newTenant(request.name(), request.slug(), plan, request.ownerUserId());
        db.tenants().create(tenant);
        audit(AuditEventType.TENANT_CREATED, "tenant.create", "tenant:" + tenant.id(), tenant.id());
        return tenant;
    }

    public ApiKey.Issued provisionApiKey(UUID userId, Requests.ProvisionApiKey request) {
        User user = db.users().findByIdGlobal(userId).orElseThrow(() -> new NotFoundException("User", userId));
        ApiKeyTier tier = DatabaseCodeConverter.fromCode(ApiKeyTier.class, request.tier());
        ApiKey.Issued issued = ApiKey.issue(userId, request.name(), null, tier, null);
        db.apiKeys().create(issued.key());
        db.admins().recordProvisionedKey(admin.token().id(), issued.key().id(), user.email(), tier,
                issued.key().rateLimitRequests().orElse(Integer.MAX_VALUE), ProvisionedKey.RateLimitPeriod.MONTH);
        audit(AuditEventType.CONFIGURATION_CHANGED, "api_key.provision", "api_key:" + issued.key().id(), null);
        return issued;
    }

    public void deactivateApiKey(UUID userId, UUID keyId) {
        db.apiKeys().findById(keyId, userId).orElseThrow(() -> new NotFoundException("API key", keyId));
        db.apiKeys().deactivate(keyId, userId);
        audit(AuditEventType.CONFIGURATION_CHANGED, "api_key.deactivate", "api_key:" + keyId, null);
    }

    public AdminToken.Issued createAdminToken(Requests.CreateAdminToken request) {
        Set<AdminPermission> permissions = EnumSet.noneOf(AdminPermission.class);
        if (request.permissions() != null) {
            for (String code : request.permissions()) {
                permissions.add(AdminPermission.fromCode(code)
                        .orElseThrow(() -> new InvalidInputException("Unknown permission: " + code)));
            }
        }
        Duration validity = request.validityDays() == null ? null : Duration.ofDays(request.validityDays());
        AdminToken.Issued issued = db.admins().createToken(request.serviceName(), request.description(), permissions,
                Boolean.TRUE.equals(request.superAdmin()), validity);
        audit(AuditEventType.CONFIGURATION_CHANGED, "admin_token.create", "admin_token:" + issued.token().id(), null);
        return issued;
    }

    public void deactivateAdminToken(UUID tokenId) {
        db.admins().findTokenById(tokenId).orElseThrow(() -> new NotFoundException("Admin token", tokenId));
        db.admins().deactivateToken(tokenId);
        audit(AuditEventType.CONFIGURATION_CHANGED, "admin_token.deactivate", "admin_token:" + tokenId, null);
    }

    public Tenant updateTenant(UUID tenantId, Requests.UpdateTenant request) {
        TenantPlan plan = request.plan() == null ? null : DatabaseCodeConverter.fromCode(TenantPlan.class, request.plan());
        Tenant tenant = db.tenants().update(new TenantId(tenantId), plan, request.active());
        audit(AuditEventType.TENANT_MODIFIED, "tenant.update", "tenant:" + tenantId, tenant.id());
        return tenant;
    }

    /** Registers a client with a generated id and secret; the secret exists only in the returned value. */
    public Views.RegisteredOAuth2Client registerOAuth2Client(Requests.RegisterOAuth2Client request) {
        String clientId = "pierre_" + Digests.randomToken(12);
        String secret = Digests.randomToken(32);
        OAuth2Client client = OAuth2Client.register(clientId, secret, request.redirectUris(), List.of("authorization_code", "refresh_token"),
                List.of("code"), request.clientName(), request.scope());
        db.oauth2Server().storeClient(client);
        audit(AuditEventType.OAUTH_CREDENTIALS_CREATED, "oauth2_client.register", "oauth2_client:" + clientId, null);
        return new Views.RegisteredOAuth2Client(Views.OAuth2ClientView.of(client), secret);
    }

    public void deleteOAuth2Client(String clientId) {
        if (!db.oauth2Server().deleteClient(clientId)) {
            throw new NotFoundException("OAuth2 client", clientId);
        }
        audit(AuditEventType.OAUTH_CREDENTIALS_DELETED, "oauth2_client.delete", "oauth2_client:" + clientId, null);
    }

    /** Records an operation that ran in transactions of its own (key rotation steps). */
    public void recordKeyOperation(String action, int version) {
        audit(AuditEventType.KEY_ROTATED, action, "key_version:" + version, null);
    }

    private void audit(AuditEventType type, String action, String resource, TenantId tenant) {
        db.security().storeAuditEvent(AuditEvent.of(type, AuditSeverity.INFO, "Admin API: " + action, action, "success")
                .inTenant(tenant).on(resource, "admin_token:" + admin.token().id()).from(admin.clientAddress(), null));
    }
}
