package io.pierre.data.crypto;

/** Seals and opens secret values with the current key ring (installed in {@link Sealing} at deployment). */
public interface SecretSealer {

    /** Seals {@code plaintext} for {@code context} with the primary key version; returns the envelope text. */
    String seal(String plaintext, SealContext context);

    /**
     * Opens an envelope sealed for {@code context}.
     *
     * @throws DecryptionException if it was sealed for another place, was altered, or its key version is unknown
     */
    String open(String envelope, SealContext context);
}
