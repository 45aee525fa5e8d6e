package io.pierre.data.oauth2;

import io.pierre.data.crypto.Digests;
import io.pierre.data.db.JsonListSize;
import io.pierre.data.db.JsonStringListConverter;
import io.pierre.data.db.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A registered OAuth 2.0 client; its secret is stored only as a SHA-256 digest. */
@Entity
@Table(name = "oauth2_clients")
@NamedQuery(name = OAuth2Client.FIND_BY_CLIENT_ID, query = "select c from OAuth2Client c where c.clientId = :clientId")
@NamedQuery(
        name = OAuth2Client.LIST_NEWEST_FIRST,
        query = "select c from OAuth2Client c order by c.createdAt desc, c.id desc")
@NamedQuery(name = OAuth2Client.DELETE_BY_CLIENT_ID, query = "delete from OAuth2Client c where c.clientId = :clientId")
public class OAuth2Client {

    public static final String DELETE_BY_CLIENT_ID = "OAuth2Client.deleteByClientId";

    public static final String LIST_NEWEST_FIRST = "OAuth2Client.listNewestFirst";

    public static final String FIND_BY_CLIENT_ID = "OAuth2Client.findByClientId";

    @Id
    @NotNull
    private UUID id;

    @NotNull
    @Size(max = 255)
    @Column(name = "client_id", nullable = false)
    private String clientId;

    @NotNull
    @Size(max = 255)
    @Column(name = "client_secret_hash", nullable = false)
    private String clientSecretHash;

    @NotNull
    @JsonListSize(max = 4000)
    @Convert(converter = JsonStringListConverter.class)
    @Column(name = "redirect_uris", nullable = false)
    private List<String> redirectUris;

    @NotNull
    @JsonListSize(max = 1000)
    @Convert(converter = JsonStringListConverter.class)
    @Column(name = "grant_types", nullable = false)
    private List<String> grantTypes;

    @NotNull
    @JsonListSize(max = 1000)
    @Convert(converter = JsonStringListConverter.class)
    @Column(name = "response_types", nullable = false)
    private List<String> responseTypes;

    @Size(max = 255)
    @Column(name = "client_name")
    private String clientName;

    @Size(max = 2048)
    @Column(name = "client_uri")
    private String clientUri;

    @Size(max = 2000)
    private String scope;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    protected OAuth2Client() {}

    public static OAuth2Client register(
            String clientId,
            String clientSecret,
            List<String> redirectUris,
            List<String> grantTypes,
            List<String> responseTypes,
            String clientName,
            String scope) {
        OAuth2Client client = new OAuth2Client();
        client.id = UUID.randomUUID();
        client.clientId = Objects.requireNonNull(clientId, "clientId");
        client.clientSecretHash = Digests.sha256Hex(Objects.requireNonNull(clientSecret, "clientSecret"));
        client.redirectUris = List.copyOf(redirectUris);
        client.grantTypes = List.copyOf(grantTypes);
        client.responseTypes = List.copyOf(responseTypes);
        client.clientName = clientName;
        client.scope = scope;
        client.createdAt = Timestamps.now();
        return client;
    }

    public boolean secretMatches(String clientSecret) {
        return Digests.matches(clientSecretHash, Digests.sha256Hex(clientSecret));
    }

    public UUID id() {
        return id;
    }

    public String clientId() {
        return clientId;
    }

    public List<String> redirectUris() {
        return redirectUris;
    }

    public List<String> grantTypes() {
        return grantTypes;
    }

    public List<String> responseTypes() {
        return responseTypes;
    }

    public Optional<String> clientName() {
        return Optional.ofNullable(clientName);
    }

    public Optional<String> scope() {
        return Optional.ofNullable(scope);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }
}
