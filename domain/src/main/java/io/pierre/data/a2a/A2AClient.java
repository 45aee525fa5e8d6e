package io.pierre.data.a2a;

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
import java.util.UUID;

/** An agent registered to call Pierre; its secret is kept only as a SHA-256 digest. */
@Entity
@Table(name = "a2a_clients")
@NamedQuery(
        name = A2AClient.LIST_ACTIVE,
        query = "select c from A2AClient c where c.active = true order by c.createdAt desc, c.id desc")
@NamedQuery(
        name = A2AClient.LIST_ACTIVE_FOR_USER,
        query = "select c from A2AClient c where c.userId = :userId and c.active = true"
                + " order by c.createdAt desc, c.id desc")
@NamedQuery(
        name = A2AClient.FIND_BY_NAME,
        query = "select c from A2AClient c where c.name = :name order by c.createdAt desc, c.id desc")
@NamedQuery(
        name = A2AClient.FIND_ACTIVE_BY_API_KEY,
        query = "select c from A2AClient c, A2AClientApiKey l where l.clientId = c.id"
                + " and l.apiKeyId = :apiKeyId and c.active = true")
public class A2AClient {

    public static final String LIST_ACTIVE = "A2AClient.listActive";
    public static final String LIST_ACTIVE_FOR_USER = "A2AClient.listActiveForUser";
    public static final String FIND_BY_NAME = "A2AClient.findByName";
    public static final String FIND_ACTIVE_BY_API_KEY = "A2AClient.findActiveByApiKey";
    public static final List<String> DEFAULT_PERMISSIONS = List.of("read_activities");
    public static final int DEFAULT_RATE_LIMIT_REQUESTS = 100;
    public static final int DEFAULT_RATE_LIMIT_WINDOW_SECONDS = 3600;

    @Id
    @NotNull
    private UUID id;

    @NotNull
    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @NotNull
    @Size(max = 255)
    @Column(nullable = false)
    private String name;

    @NotNull
    @Size(max = 2000)
    @Column(nullable = false)
    private String description;

    @NotNull
    @Size(max = 4000)
    @Column(name = "public_key", nullable = false)
    private String publicKey;

    @NotNull
    @Size(max = 64)
    @Column(name = "client_secret_hash", nullable = false)
    private String clientSecretHash;

    @NotNull
    @JsonListSize(max = 2000)
    @Convert(converter = JsonStringListConverter.class)
    @Column(nullable = false)
    private List<String> permissions;

    @NotNull
    @JsonListSize(max = 2000)
    @Convert(converter = JsonStringListConverter.class)
    @Column(nullable = false)
    private List<String> capabilities;

    @NotNull
    @JsonListSize(max = 4000)
    @Convert(converter = JsonStringListConverter.class)
    @Column(name = "redirect_uris", nullable = false)
    private List<String> redirectUris;

    @Column(name = "rate_limit_requests", nullable = false)
    private int rateLimitRequests;

    @Column(name = "rate_limit_window_seconds", nullable = false)
    private int rateLimitWindowSeconds;

    @Column(name = "is_active", nullable = false)
    private boolean active;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotNull
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected A2AClient() {}

    /** A new active client with the original's defaults (read_activities, 100 requests per hour). */
    public static A2AClient of(
            UUID userId,
            String name,
            String description,
            String publicKey,
            List<String> capabilities,
            List<String> redirectUris) {
        A2AClient client = new A2AClient();
        client.id = UUID.randomUUID();
        client.userId = Objects.requireNonNull(userId, "userId");
        client.name = Objects.requireNonNull(name, "name");
        client.description = description == null ? "" : description;
        client.publicKey = Objects.requireNonNull(publicKey, "publicKey");
        client.capabilities = List.copyOf(capabilities);
        client.redirectUris = List.copyOf(redirectUris);
        client.permissions = DEFAULT_PERMISSIONS;
        client.rateLimitRequests = DEFAULT_RATE_LIMIT_REQUESTS;
        client.rateLimitWindowSeconds = DEFAULT_RATE_LIMIT_WINDOW_SECONDS;
        client.active = true;
        client.createdAt = Timestamps.now();
        client.updatedAt = client.createdAt;
        return client;
    }

    public A2AClient withPermissions(List<String> granted) {
        this.permissions = List.copyOf(granted);
        return this;
    }

    public A2AClient withRateLimit(int requests, int windowSeconds) {
        this.rateLimitRequests = requests;
        this.rateLimitWindowSeconds = windowSeconds;
        return this;
    }

    /** Sets the secret; only its digest is kept. */
    public void useSecret(String clientSecret) {
        this.clientSecretHash = Digests.sha256Hex(clientSecret);
    }

    public boolean secretMatches(String clientSecret) {
        return Digests.matches(clientSecretHash, Digests.sha256Hex(clientSecret));
    }

    public void deactivate() {
        this.active = false;
        this.updatedAt = Timestamps.now();
    }

    public UUID id() {
        return id;
    }

    public UUID userId() {
        return userId;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public String publicKey() {
        return publicKey;
    }

    public String clientSecretHash() {
        return clientSecretHash;
    }

    public List<String> permissions() {
        return permissions;
    }

    public List<String> capabilities() {
        return capabilities;
    }

    public List<String> redirectUris() {
        return redirectUris;
    }

    public int rateLimitRequests() {
        return rateLimitRequests;
    }

    public int rateLimitWindowSeconds() {
        return rateLimitWindowSeconds;
    }

    public boolean isActive() {
        return active;
    }
}
