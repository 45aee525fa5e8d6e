package io.pierre.data.security;

import io.pierre.data.crypto.SealContext;
import io.pierre.data.crypto.Sealed;
import io.pierre.data.crypto.SealedConverter;
import io.pierre.data.crypto.SealedRow;
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

/** An RS256 signing key (JWKS); the private key PEM is sealed and bound to the key id. */
@Entity
@Table(name = "rsa_keypairs")
@NamedQuery(
        name = RsaKeypair.LIST_NEWEST_FIRST,
        query = "select k from RsaKeypair k order by k.createdAt desc, k.kid desc")
public class RsaKeypair implements SealedRow {

    public static final String LIST_NEWEST_FIRST = "RsaKeypair.listNewestFirst";
    static final String TABLE = "rsa_keypairs";
    public static final String PRIVATE_KEY_PEM = "private_key_pem";

    @NotNull
    @Size(max = 128)
    @Id
    private String kid;

    @NotNull
    @Convert(converter = SealedConverter.class)
    @Column(name = PRIVATE_KEY_PEM, nullable = false)
    private Sealed privateKeyPem;

    @NotNull
    @Column(name = "public_key_pem", nullable = false)
    private String publicKeyPem;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "is_active", nullable = false)
    private boolean active;

    @Column(name = "key_size_bits", nullable = false)
    private int keySizeBits;

    protected RsaKeypair() {}

    public static RsaKeypair of(
            String kid, String privateKeyPem, String publicKeyPem, Instant createdAt, boolean active, int keySizeBits) {
        RsaKeypair key = new RsaKeypair();
        key.kid = kid;
        key.createdAt = Timestamps.truncate(createdAt);
        key.keySizeBits = keySizeBits;
        key.replace(privateKeyPem, publicKeyPem, active);
        return key;
    }

    /** Upsert semantics of the original: both PEMs and the active flag change; creation time and size stay. */
    public void replace(String newPrivateKeyPem, String newPublicKeyPem, boolean nowActive) {
        this.privateKeyPem = Sealed.of(newPrivateKeyPem, sealContext(PRIVATE_KEY_PEM));
        this.publicKeyPem = newPublicKeyPem;
        this.active = nowActive;
    }

    public void changeActive(boolean nowActive) {
        this.active = nowActive;
    }

    @Override
    public SealContext sealContext(String column) {
        return SealContext.of(TABLE, column, kid);
    }

    public String kid() {
        return kid;
    }

    public String privateKeyPem() {
        return privateKeyPem.open(sealContext(PRIVATE_KEY_PEM));
    }

    public String publicKeyPem() {
        return publicKeyPem;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean isActive() {
        return active;
    }

    public int keySizeBits() {
        return keySizeBits;
    }

    @Override
    public String toString() {
        return "RsaKeypair[" + kid + ", active=" + active + "]";
    }
}
