package io.pierre.data.oauth2;

import io.pierre.data.crypto.Digests;
import io.pierre.data.db.Queries;
import io.pierre.data.db.SqlFailures;
import io.pierre.data.db.Timestamps;
import io.pierre.data.error.ConflictException;
import io.pierre.data.error.NotFoundException;
import io.pierre.data.paging.CursorPage;
import io.pierre.data.paging.PageRequest;
import io.pierre.data.retry.RetryOnTransientFailure;
import io.pierre.data.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * {@link OAuth2ServerRepository} on JPA. A consume is a conditional bulk UPDATE (one statement, executed at once):
 * PostgreSQL re-checks the condition after waiting for a concurrent writer's row lock, SQLite has a single writer,
 * so exactly one consumer sees "1 row updated"; only that one then reads the row back.
 */
@ApplicationScoped
@Transactional
@RetryOnTransientFailure
public class JpaOAuth2ServerRepository implements OAuth2ServerRepository {

    @PersistenceContext(unitName = "pierre")
    private EntityManager em;

    @Override
    public void storeClient(OAuth2Client client) {
        persist(client, "OAuth2 client id already in use");
    }

    @Override
    public Optional<OAuth2Client> findClient(String clientId) {
        return Queries.first(em.createNamedQuery(OAuth2Client.FIND_BY_CLIENT_ID, OAuth2Client.class)
                .setParameter("clientId", clientId));
    }

    @Override
    public List<OAuth2Client> listClients() {
        return em.createNamedQuery(OAuth2Client.LIST_NEWEST_FIRST, OAuth2Client.class)
                .getResultList();
    }

    @Override
    public CursorPage<OAuth2Client> pageClients(PageRequest page) {
        return Queries.newestFirstPage(
                em,
                OAuth2Client.class,
                "createdAt",
                OAuth2Client::createdAt,
                OAuth2Client::id,
                (cb, client) -> Stream.empty(),
                page);
    }

    @Override
    public boolean deleteClient(String clientId) {
        return em.createNamedQuery(OAuth2Client.DELETE_BY_CLIENT_ID)
                        .setParameter("clientId", clientId)
                        .executeUpdate()
                == 1;
    }

    @Override
    public void storeAuthCode(OAuth2AuthCode code) {
        requireClient(code.clientId());
        persist(code, "Authorization code already stored");
    }

    @Override
    public Optional<OAuth2AuthCode> findAuthCode(String code) {
        return Optional.ofNullable(em.find(OAuth2AuthCode.class, Digests.sha256Hex(code)));
    }

    @Override
    public void updateAuthCode(String code, boolean used) {
        findAuthCode(code).ifPresent(c -> c.markUsed(used));
    }

    @Override
    public Optional<OAuth2AuthCode> consumeAuthCode(String code, String clientId, String redirectUri, Instant now) {
        String hash = Digests.sha256Hex(code);
        int consumed = em.createNamedQuery(OAuth2AuthCode.CONSUME)
                .setParameter("codeHash", hash)
                .setParameter("clientId", clientId)
                .setParameter("redirectUri", redirectUri)
                .setParameter("now", now)
                .executeUpdate();
        return consumed == 1 ? Optional.ofNullable(em.find(OAuth2AuthCode.class, hash)) : Optional.empty();
    }

    @Override
    public void storeRefreshToken(OAuth2RefreshToken token) {
        requireClient(token.clientId());
        persist(token, "Refresh token already stored");
    }

    @Override
    public Optional<OAuth2RefreshToken> findRefreshToken(String token) {
        return Optional.ofNullable(em.find(OAuth2RefreshToken.class, Digests.sha256Hex(token)));
    }

    @Override
    public Optional<OAuth2RefreshToken> consumeRefreshToken(String token, String clientId, Instant now) {
        String hash = Digests.sha256Hex(token);
        int consumed = em.createNamedQuery(OAuth2RefreshToken.CONSUME)
                .setParameter("tokenHash", hash)
                .setParameter("clientId", clientId)
                .setParameter("now", now)
                .executeUpdate();
        return consumed == 1 ? Optional.ofNullable(em.find(OAuth2RefreshToken.class, hash)) : Optional.empty();
    }

    @Override
    public void revokeRefreshToken(String token) {
        em.createNamedQuery(OAuth2RefreshToken.REVOKE)
                .setParameter("tokenHash", Digests.sha256Hex(token))
                .executeUpdate();
    }

    @Override
    public void storeAuthorizationCode(
            String code, String clientId, String redirectUri, String scope, UUID userId, TenantId tenant) {
        storeAuthCode(OAuth2AuthCode.of(
                code,
                clientId,
                userId,
                tenant,
                redirectUri,
                scope,
                Timestamps.now().plus(OAuth2AuthCode.DEFAULT_LIFETIME)));
    }

    @Override
    public OAuth2AuthCode getAuthorizationCode(String code, String clientId, String redirectUri) {
        Instant now = Timestamps.now();
        return findAuthCode(code)
                .filter(c -> c.clientId().equals(clientId)
                        && c.redirectUri().equals(redirectUri)
                        && !c.isUsed()
                        && c.expiresAt().isAfter(now))
                .orElseThrow(() -> new NotFoundException("Authorization code", "(not shown)"));
    }

    @Override
    public void deleteAuthorizationCode(String code, String clientId, String redirectUri) {
        em.createNamedQuery(OAuth2AuthCode.DELETE)
                .setParameter("codeHash", Digests.sha256Hex(code))
                .setParameter("clientId", clientId)
                .setParameter("redirectUri", redirectUri)
                .executeUpdate();
    }

    @Override
    public void storeState(OAuth2State state) {
        requireClient(state.clientId());
        persist(state, "OAuth2 state already stored");
    }

    @Override
    public Optional<OAuth2State> consumeState(String state, String clientId, Instant now) {
        int consumed = em.createNamedQuery(OAuth2State.CONSUME)
                .setParameter("state", state)
                .setParameter("clientId", clientId)
                .setParameter("now", now)
                .executeUpdate();
        return consumed == 1 ? Optional.ofNullable(em.find(OAuth2State.class, state)) : Optional.empty();
    }

    private void requireClient(String clientId) {
        if (findClient(clientId).isEmpty()) {
            throw new NotFoundException("OAuth2 client", clientId);
        }
    }

    private void persist(Object entity, String conflictMessage) {
        try {
            em.persist(entity);
            em.flush();
        } catch (PersistenceException e) {
            if (SqlFailures.isUniqueViolation(e)) {
                throw new ConflictException(conflictMessage, e);
            }
            throw e;
        }
    }
}
