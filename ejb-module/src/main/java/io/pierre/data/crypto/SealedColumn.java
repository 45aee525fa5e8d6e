package io.pierre.data.crypto;

import io.pierre.data.oauthtoken.UserOAuthApp;
import io.pierre.data.oauthtoken.UserOAuthToken;
import io.pierre.data.security.RsaKeypair;
import io.pierre.data.security.SystemSecret;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Every sealed column, with how to find its rows and rebuild each value's place from the row: what the
 * rotation rewrap walks through. A new sealed column must be added here, or rotation leaves it on old keys
 * (and retiring the old version is refused while such rows exist).
 */
public record SealedColumn<E>(Class<E> entity, String table, String column, String idColumn, Class<?> idType,
        Function<E, Optional<Sealed>> value, Function<E, SealContext> context) {

    public static final List<SealedColumn<?>> ALL = List.of(
            new SealedColumn<>(UserOAuthToken.class, UserOAuthToken.TABLE, "access_token", "id", UUID.class,
                    t -> Optional.of(t.sealedAccessToken()), t -> t.context("access_token")),
            new SealedColumn<>(UserOAuthToken.class, UserOAuthToken.TABLE, "refresh_token", "id", UUID.class,
                    UserOAuthToken::sealedRefreshToken, t -> t.context("refresh_token")),
            new SealedColumn<>(UserOAuthApp.class, UserOAuthApp.TABLE, "client_secret", "id", UUID.class,
                    a -> Optional.of(a.sealedClientSecret()), UserOAuthApp::context),
            new SealedColumn<>(SystemSecret.class, "system_secrets", "secret_value", "secret_type", String.class,
                    s -> Optional.of(s.sealedValue()), SystemSecret::context),
            new SealedColumn<>(RsaKeypair.class, "rsa_keypairs", "private_key_pem", "kid", String.class,
                    k -> Optional.of(k.sealedPrivateKeyPem()), RsaKeypair::context));

    public String place() {
        return table + "." + column;
    }
}
