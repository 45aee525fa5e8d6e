package io.pierre.data.tenant;

import io.pierre.data.error.ConflictException;
import io.pierre.data.error.InvalidInputException;
import io.pierre.data.error.NotFoundException;
import io.pierre.data.paging.CursorPage;
import io.pierre.data.paging.PageRequest;
import io.pierre.data.tenancy.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Tenants, their OAuth credentials and OAuth apps (spec §3.9). Tenant-scoped reads take the tenant and see only
 * its rows.
 */
public interface TenantRepository {

    /**
     * Creates the tenant and its owner's membership in one transaction (the original did two separate writes).
     *
     * @throws ConflictException if the slug or domain is taken
     * @throws NotFoundException if the owner does not exist
     */
    void create(Tenant tenant);

    /** @throws NotFoundException if the tenant does not exist or is inactive */
    Tenant getById(TenantId id);

    /** @throws NotFoundException if no active tenant has this slug */
    Tenant getBySlug(String slug);

    /** Active tenants the user is an active member of, in the order the user joined them. */
    List<Tenant> listForUser(UUID userId);

    /** Active tenants, oldest first. */
    List<Tenant> listAll();

    /** One keyset page of the active tenants, newest first (unlike {@link #listAll}, which keeps the original's order). */
    CursorPage<Tenant> pageActive(PageRequest page);

    /**
     * Changes the plan and/or the active flag (null leaves it as it is) and returns the tenant as stored.
     *
     * @throws NotFoundException if the tenant does not exist
     */
    Tenant update(TenantId id, TenantPlan plan, Boolean active);

    /** The tenant's active memberships, in the order members joined. */
    List<TenantMembership> listMembers(TenantId tenant);

    /**
     * Stores the tenant's credentials for a provider, replacing client id, secret, redirect URI, scopes and rate
     * limit of existing ones; the secret is sealed.
     *
     * @throws InvalidInputException for an unsupported provider
     */
    void storeOAuthCredentials(TenantOAuthCredentials credentials);

    /** The tenant's active credentials, by provider. */
    List<TenantOAuthCredentials> getOAuthProviders(TenantId tenant);

    Optional<TenantOAuthCredentials> findOAuthCredentials(TenantId tenant, String provider);

    /** The user's role in the tenant, if an active member. */
    Optional<TenantRole> findUserRole(UUID userId, TenantId tenant);

    /** @throws ConflictException if the client id is taken */
    void createOAuthApp(OAuthApp app);

    /** @throws NotFoundException if no active app has this client id */
    OAuthApp getOAuthAppByClientId(String clientId);

    /** The user's active apps, newest first (the original's SQLite version recursed forever). */
    List<OAuthApp> listOAuthAppsForUser(UUID userId);
}
