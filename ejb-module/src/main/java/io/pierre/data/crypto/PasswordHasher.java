package io.pierre.data.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in PHC string form ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}) with the OWASP
 * minimum parameters (19 MiB, 2 iterations, parallelism 1), computed with Bouncy Castle. Human passwords only:
 * random tokens are digested with SHA-256 ({@link Digests}).
 */
public final class PasswordHasher {

    public static final int MEMORY_KIB = 19_456;
    public static final int ITERATIONS = 2;
    public static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getDecoder();

    private PasswordHasher() {}

    public static String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$"
                + B64.encodeToString(salt) + "$"
                + B64.encodeToString(derive(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM));
    }

    /** Whether {@code password} matches a PHC string made by {@link #hash} (constant-time comparison). */
    public static boolean matches(String password, String phc) {
        String[] parts = phc == null ? new String[0] : phc.split("\\$");
        if (parts.length != 6 || !parts[1].equals("argon2id")) {
            return false;
        }
        String[] params = parts[3].split(",");
        int memory = Integer.parseInt(params[0].substring(2));
        int iterations = Integer.parseInt(params[1].substring(2));
        int parallelism = Integer.parseInt(params[2].substring(2));
        byte[] expected = B64_DECODER.decode(parts[5]);
        return MessageDigest.isEqual(
                expected, derive(password, B64_DECODER.decode(parts[4]), memory, iterations, parallelism));
    }

    private static byte[] derive(String password, byte[] salt, int memory, int iterations, int parallelism) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memory)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build());
        byte[] out = new byte[HASH_BYTES];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
