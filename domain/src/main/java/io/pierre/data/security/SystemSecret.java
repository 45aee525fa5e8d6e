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
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A server-wide secret such as the admin JWT secret, sealed and bound to its secret type. */
@Entity
@Table(name = "system_secrets")
public class SystemSecret implements SealedRow {

    public static final String TABLE = "system_secrets";
    public static final String SECRET_VALUE = "secret_value";

    @NotNull
    @Size(max = 64)
    @Id
    @Column(name = "secret_type")
    private String secretType;

    @NotNull
    @Convert(converter = SealedConverter.class)
    @Column(name = SECRET_VALUE, nullable = false)
    private Sealed value;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotNull
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SystemSecret() {}

    public static SystemSecret of(String secretType, String plaintext) {
        SystemSecret secret = new SystemSecret();
        secret.secretType = secretType;
        secret.createdAt = Timestamps.now();
        secret.replaceValue(plaintext);
        return secret;
    }

    public void replaceValue(String plaintext) {
        this.value = Sealed.of(plaintext, sealContext(SECRET_VALUE));
        this.updatedAt = Timestamps.now();
    }

    @Override
    public SealContext sealContext(String column) {
        return SealContext.of(TABLE, column, secretType);
    }

    public String secretType() {
        return secretType;
    }

    public String value() {
        return value.open(sealContext(SECRET_VALUE));
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
