package io.pierre.data.a2a;

import io.pierre.data.db.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** Links an A2A client to the API key it authenticates with. */
@Entity
@Table(name = "a2a_client_api_keys")
@IdClass(A2AClientApiKey.Key.class)
public class A2AClientApiKey {

    /** The composite primary key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private UUID clientId;
        private UUID apiKeyId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that
                    && java.util.Objects.equals(clientId, that.clientId)
                    && java.util.Objects.equals(apiKeyId, that.apiKeyId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(clientId, apiKeyId);
        }
    }

    @Id
    @NotNull
    @Column(name = "client_id")
    private UUID clientId;

    @Id
    @NotNull
    @Column(name = "api_key_id")
    private UUID apiKeyId;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected A2AClientApiKey() {}

    public static A2AClientApiKey link(UUID clientId, UUID apiKeyId) {
        A2AClientApiKey link = new A2AClientApiKey();
        link.clientId = clientId;
        link.apiKeyId = apiKeyId;
        link.createdAt = Timestamps.now();
        return link;
    }
}
