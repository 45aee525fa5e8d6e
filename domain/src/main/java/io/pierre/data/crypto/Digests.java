package io.pierre.data.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Digests of bearer secrets (API keys, admin tokens, client secrets, refresh tokens, auth codes), which are
 * stored only as digests and never read back. Random tokens of 256 bits need no slow KDF: SHA-256 suffices.
 * Compare only with {@link #matches}, which takes the same time wherever the inputs differ.
 */
public final class Digests {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder TOKEN_ENCODER = Base64.getUrlEncoder().withoutPadding();

    private Digests() {}

    /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code secret}. */
    public static String sha256Hex(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** Constant-time comparison of two digests (or any two secrets). */
    public static boolean matches(String expected, String actual) {
        if (expected == null || actual == null) {
            return false;
        }
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
    }

    /** A random URL-safe token of {@code bytes} random bytes (32 bytes = 256 bits), e.g. for API keys. */
    public static String randomToken(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return TOKEN_ENCODER.encodeToString(random);
    }
}
