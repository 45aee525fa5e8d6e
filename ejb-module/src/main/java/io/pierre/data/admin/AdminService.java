package io.pierre.data.admin;

import io.pierre.data.apikey.ApiKey;
import io.pierre.data.apikey.ApiKeyRepository;
import io.pierre.data.apikey.ApiKeyTier;
import io.pierre.data.config.Setting;
import io.pierre.data.crypto.Digests;
import io.pierre.data.crypto.PasswordHasher;
import io.pierre.data.crypto.RotationSteps;
import io.pierre.data.crypto.UnopenableValue;
import io.pierre.data.db.Timestamps;
import io.pierre.data.error.AccessDeniedException;
import io.pierre.data.error.InvalidInputException;
import io.pierre.data.error.NotFoundException;
import io.pierre.data.oauth2.OAuth2Client;
import io.pierre.data.oauth2.OAuth2ServerRepository;
import io.pierre.data.retry.RetryOnTransientFailure;
import io.pierre.data.security.AuditEvent;
import io.pierre.data.security.AuditEventType;
import io.pierre.data.security.AuditSeverity;
import io.pierre.data.security.SecurityRepository;
import io.pierre.data.tenancy.TenantId;
import io.pierre.data.tenant.Tenant;
import io.pierre.data.tenant.TenantPlan;
import io.pierre.data.tenant.TenantRepository;
import io.pierre.data.user.User;
import io.pierre.data.user.UserRepository;
import io.pierre.data.user.UserStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The admin API's changes, on behalf of the {@link AdminCaller}. Each method is one transaction that makes the change
 * and writes its audit event, so there is never a change without its audit record (or an audit record of a change
 * that rolled back).
 *
 * <p>Authority is a subset: a token grants only permissions it holds (checked after the defaults are applied), only a
 * super-admin creates or deactivates a super-admin token, and a created token expires no later than the token that
 * created it. Every token expires: {@link Setting#ADMIN_TOKEN_DEFAULT_VALIDITY_DAYS} unless asked otherwise, at most
 * {@link Setting#ADMIN_TOKEN_MAX_VALIDITY_DAYS}.
 */
@ApplicationScoped
@Transactional
@RetryOnTransientFailure
public class AdminService {

    @Inject
    AdminRepository admins;

    @Inject
    ApiKeyRepository apiKeys;

    @Inject
    OAuth2ServerRepository oauth2Server;

    @Inject
    SecurityRepository security;

    @Inject
    TenantRepository tenants;

    @Inject
    UserRepository users;

    @Inject
    AdminCaller caller;

    @Inject
    RotationSteps rotationSteps;

    /** An OAuth2 client just registered, with its secret, which exists nowhere else. */
    public record RegisteredClient(OAuth2Client client, String clientSecret) {
        @Override
        public String toString() {
            return "RegisteredClient[" + client.clientId() + "]";
        }
    }

    public User createUser(String email, String password, String displayName) {
        User user = User.newUser(email, PasswordHasher.hash(password)).withDisplayName(displayName);
        users.create(user);
        audit(AuditEventType.CONFIGURATION_CHANGED, "user.create", "user:" + user.id(), null);
        return user;
    }

    public User changeUserStatus(UUID userId, UserStatus status) {
        User user = users.updateStatus(userId, status, null);
        audit(AuditEventType.CONFIGURATION_CHANGED, "user." + status.databaseValue(), "user:" + userId, null);
        return user;
    }

    public void deleteUser(UUID userId) {
        users.delete(userId);
        audit(AuditEventType.CONFIGURATION_CHANGED, "user.delete", "user:" + userId, null);
    }

    public Tenant createTenant(String name, String slug, TenantPlan plan, UUID ownerUserId) {
        Tenant tenant = Tenant.newTenant(name, slug, plan, ownerUserId);
        tenants.create(tenant);
        audit(AuditEventType.TENANT_CREATED, "tenant.create", "tenant:" + tenant.id(), tenant.id());
        return tenant;
    }

    public Tenant updateTenant(UUID tenantId, TenantPlan plan, Boolean active) {
        Tenant tenant = tenants.update(new TenantId(tenantId), plan, active);
        audit(AuditEventType.TENANT_MODIFIED, "tenant.update", "tenant:" + tenantId, tenant.id());
        return tenant;
    }

    public ApiKey.Issued provisionApiKey(UUID userId, String name, ApiKeyTier tier) {
        User user = users.findByIdGlobal(userId).orElseThrow(() -> new NotFoundException("User", userId));
        ApiKey.Issued issued = ApiKey.issue(userId, name, null, tier, null);
        apiKeys.create(issued.key());
        admins.recordProvisionedKey(
                caller.token().id(),
                issued.key().id(),
                user.email(),
                tier,
                issued.key().rateLimitRequests().orElse(Integer.MAX_VALUE),
                ProvisionedKey.RateLimitPeriod.MONTH);
        audit(
                AuditEventType.CONFIGURATION_CHANGED,
                "api_key.provision",
                "api_key:" + issued.key().id(),
                null);
        return issued;
    }

    public void deactivateApiKey(UUID userId, UUID keyId) {
        apiKeys.findById(keyId, userId).orElseThrow(() -> new NotFoundException("API key", keyId));
        apiKeys.deactivate(keyId, userId);
        audit(AuditEventType.CONFIGURATION_CHANGED, "api_key.deactivate", "api_key:" + keyId, null);
    }

    /**
     * Creates a token with {@code requested} permissions ({@link AdminPermission#defaults()} when empty), or a
     * super-admin token, valid {@code validityDays} (the default validity when null).
     *
     * @throws AccessDeniedException if the caller does not hold what it grants, or the token would outlive the caller's
     * @throws InvalidInputException for a validity outside 1 to the maximum
     */
    public AdminToken.Issued createAdminToken(
            String serviceName,
            String description,
            Set<AdminPermission> requested,
            boolean superAdmin,
            Integer validityDays) {
        AdminToken creator = caller.token();
        Set<AdminPermission> granted = superAdmin
                ? AdminPermission.all()
                : requested.isEmpty() ? AdminPermission.defaults() : EnumSet.copyOf(requested);
        if (superAdmin && !creator.isSuperAdmin()) {
            throw new AccessDeniedException("Only a super-admin token may create a super-admin token.");
        }
        if (!creator.holdsAllOf(granted, superAdmin)) {
            Set<AdminPermission> missing = EnumSet.copyOf(granted);
            missing.removeAll(creator.permissions());
            throw new AccessDeniedException("This admin token cannot grant permissions it does not hold: "
                    + codes(missing)
                    + (requested.isEmpty() ? " (the default set, applied because no permissions were given)" : "")
                    + ".");
        }
        AdminToken.Issued issued =
                admins.createToken(serviceName, description, granted, superAdmin, expiryFor(creator, validityDays));
        audit(
                AuditEventType.CONFIGURATION_CHANGED,
                "admin_token.create",
                "admin_token:" + issued.token().id(),
                null);
        return issued;
    }

    private static Instant expiryFor(AdminToken creator, Integer validityDays) {
        long maxDays = Setting.ADMIN_TOKEN_MAX_VALIDITY_DAYS.asLong();
        Instant now = Timestamps.now();
        if (validityDays == null) {
            Instant byDefault = now.plus(Setting.ADMIN_TOKEN_DEFAULT_VALIDITY_DAYS.asDuration(ChronoUnit.DAYS));
            return creator.expiresAt().filter(byDefault::isAfter).orElse(byDefault);
        }
        if (validityDays < 1 || validityDays > maxDays) {
            throw new InvalidInputException("validityDays must be between 1 and " + maxDays + " (the server's "
                    + Setting.ADMIN_TOKEN_MAX_VALIDITY_DAYS.key() + "), was " + validityDays);
        }
        Instant requested = now.plus(Duration.ofDays(validityDays));
        creator.expiresAt().filter(requested::isAfter).ifPresent(creatorExpiry -> {
            throw new AccessDeniedException("A token cannot outlive the token that creates it, which expires at "
                    + creatorExpiry + ": ask for at most "
                    + Math.max(0, Duration.between(now, creatorExpiry).toDays()) + " days.");
        });
        return requested;
    }

    /**
     * Deactivates a token, if the caller holds every permission it holds (super-admin for a super-admin token).
     *
     * @throws AccessDeniedException if the caller lacks that authority
     */
    public void deactivateAdminToken(UUID tokenId) {
        AdminToken target =
                admins.findTokenById(tokenId).orElseThrow(() -> new NotFoundException("Admin token", tokenId));
        if (!caller.token().holdsAllOf(target.permissions(), target.isSuperAdmin())) {
            throw new AccessDeniedException(
                    target.isSuperAdmin()
                            ? "Only a super-admin token may deactivate a super-admin token."
                            : "This admin token cannot deactivate a token with permissions it does not hold.");
        }
        admins.deactivateToken(tokenId);
        audit(AuditEventType.CONFIGURATION_CHANGED, "admin_token.deactivate", "admin_token:" + tokenId, null);
    }

    /** Registers a client with a generated id and secret; the secret exists only in the returned value. */
    public RegisteredClient registerOAuth2Client(String clientName, List<String> redirectUris, String scope) {
        String clientId = "pierre_" + Digests.randomToken(12);
        String secret = Digests.randomToken(32);
        OAuth2Client client = OAuth2Client.register(
                clientId,
                secret,
                redirectUris,
                List.of("authorization_code", "refresh_token"),
                List.of("code"),
                clientName,
                scope);
        oauth2Server.storeClient(client);
        audit(AuditEventType.OAUTH_CREDENTIALS_CREATED, "oauth2_client.register", "oauth2_client:" + clientId, null);
        return new RegisteredClient(client, secret);
    }

    public void deleteOAuth2Client(String clientId) {
        if (!oauth2Server.deleteClient(clientId)) {
            throw new NotFoundException("OAuth2 client", clientId);
        }
        audit(AuditEventType.OAUTH_CREDENTIALS_DELETED, "oauth2_client.delete", "oauth2_client:" + clientId, null);
    }

    /** Resolves a value the rewrap could not open, in the same transaction as its audit record. */
    public UnopenableValue resolveUnopenable(UUID recordId, RotationSteps.Resolution resolution) {
        UnopenableValue resolved = rotationSteps.resolve(recordId, resolution);
        audit(
                AuditEventType.KEY_ROTATED,
                "keys.unopenable." + resolution.name().toLowerCase(java.util.Locale.ROOT),
                resolved.place() + ":" + resolved.rowKey(),
                null);
        return resolved;
    }

    /** Records an operation that ran in transactions of its own (key rotation steps). */
    public void recordKeyOperation(String action, int version) {
        audit(AuditEventType.KEY_ROTATED, action, "key_version:" + version, null);
    }

    private void audit(AuditEventType type, String action, String resource, TenantId tenant) {
        security.storeAuditEvent(AuditEvent.of(type, AuditSeverity.INFO, "Admin API: " + action, action, "success")
                .inTenant(tenant)
                .on(resource, "admin_token:" + caller.token().id())
                .from(caller.clientAddress(), null));
    }

    private static String codes(Set<AdminPermission> permissions) {
        return permissions.stream().map(AdminPermission::code).collect(Collectors.joining(", "));
    }
}
