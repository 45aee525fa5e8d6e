package io.pierre.data.oauth2;

import io.pierre.data.error.ConflictException;
import io.pierre.data.error.NotFoundException;
import io.pierre.data.paging.CursorPage;
import io.pierre.data.paging.PageRequest;
import io.pierre.data.tenancy.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Pierre's OAuth 2.0 server state (spec §3.10). Codes and refresh tokens are looked up by the digest of the value
 * the client presents. Every consume is one conditional UPDATE, so of any number of concurrent consumers exactly
 * one succeeds; unknown, reused, expired or mismatched values all give an empty result, indistinguishably.
 */
public interface OAuth2ServerRepository {

    /** @throws ConflictException if the client id is taken */
    void storeClient(OAuth2Client client);

    Optional<OAuth2Client> findClient(String clientId);

    /** Every registered client, newest first (for operators). */
    List<OAuth2Client> listClients();

    /** One keyset page of {@link #listClients}: every registered client, newest first. */
    CursorPage<OAuth2Client> pageClients(PageRequest page);

    /** Deletes the client and, by cascade, its codes, refresh tokens and states; whether it existed. */
    boolean deleteClient(String clientId);

    /** @throws NotFoundException if the client does not exist */
    void storeAuthCode(OAuth2AuthCode code);

    /** The code whatever its state (used, expired), for inspection. */
    Optional<OAuth2AuthCode> findAuthCode(String code);

    /** Sets only the used flag. */
    void updateAuthCode(String code, boolean used);

    /** Marks the code used if it is unused, unexpired at {@code now}, and for this client and redirect URI. */
    Optional<OAuth2AuthCode> consumeAuthCode(String code, String clientId, String redirectUri, Instant now);

    /** @throws NotFoundException if the client does not exist */
    void storeRefreshToken(OAuth2RefreshToken token);

    /** The token whatever its state, by the value the client holds. */
    Optional<OAuth2RefreshToken> findRefreshToken(String token);

    /** Revokes the token if it is unrevoked, unexpired and this client's (refresh-token rotation). */
    Optional<OAuth2RefreshToken> consumeRefreshToken(String token, String clientId, Instant now);

    /** A missing token is a no-op. */
    void revokeRefreshToken(String token);

    /**
     * The original's legacy code API, on the same table (no legacy table): stores a code that expires in ten
     * minutes.
     */
    void storeAuthorizationCode(
            String code, String clientId, String redirectUri, String scope, UUID userId, TenantId tenant);

    /**
     * The unused, unexpired code for this client and redirect URI (legacy API; it does not consume).
     *
     * @throws NotFoundException otherwise
     */
    OAuth2AuthCode getAuthorizationCode(String code, String clientId, String redirectUri);

    /** Deletes the code of this client and redirect URI; a missing one is a no-op. */
    void deleteAuthorizationCode(String code, String clientId, String redirectUri);

    /** @throws NotFoundException if the client does not exist */
    void storeState(OAuth2State state);

    Optional<OAuth2State> consumeState(String state, String clientId, Instant now);
}
