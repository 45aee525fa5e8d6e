package io.pierre.data.crypto;

import java.util.Objects;
import java.util.Optional;

/**
 * A secret column's value as the entity holds it: either the envelope read from the database, or a new
 * plaintext waiting to be sealed for its place. Entities create pending values with the {@link SealContext} built
 * from their own key fields and open stored ones the same way, so the AAD always comes from the row.
 *
 * <p>Sealing happens once, when Hibernate first asks for the column value ({@link SealedConverter}); the
 * envelope is then kept, so a value that did not change is never encrypted again. Equality is by envelope:
 * an entity whose secret was not replaced is not dirty.
 */
public final class Sealed {

    private volatile String envelope;
    private final String pendingPlaintext;
    private final SealContext pendingContext;

    private Sealed(String envelope, String pendingPlaintext, SealContext pendingContext) {
        this.envelope = envelope;
        this.pendingPlaintext = pendingPlaintext;
        this.pendingContext = pendingContext;
    }

    public static Sealed fromDatabase(String envelope) {
        return new Sealed(Objects.requireNonNull(envelope, "envelope"), null, null);
    }

    /** A new secret for {@code context}; sealed when first stored. */
    public static Sealed of(String plaintext, SealContext context) {
        return new Sealed(
                null, Objects.requireNonNull(plaintext, "plaintext"), Objects.requireNonNull(context, "context"));
    }

    /** The stored form, sealing a pending value now with the primary key version. */
    public String envelope() {
        String current = envelope;
        if (current == null) {
            synchronized (this) {
                if (envelope == null) {
                    envelope = Sealing.sealer().seal(pendingPlaintext, pendingContext);
                }
                current = envelope;
            }
        }
        return current;
    }

    /** The key version of the stored form, or empty while the value is not sealed yet. */
    public Optional<Integer> keyVersion() {
        return Optional.ofNullable(envelope).flatMap(Envelope::versionOf);
    }

    /** The plaintext, opened for {@code context} (which must be the place the value belongs to). */
    public String open(SealContext context) {
        if (envelope == null) {
            if (!pendingContext.equals(context)) {
                throw new DecryptionException(context, "the value was created for " + pendingContext.place());
            }
            return pendingPlaintext;
        }
        return Sealing.sealer().open(envelope, context);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof Sealed that && envelope != null && envelope.equals(that.envelope);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(envelope);
    }

    /** Never shows the plaintext or the ciphertext. */
    @Override
    public String toString() {
        return "Sealed[" + keyVersion().map(v -> "v" + v).orElse("pending") + "]";
    }
}
