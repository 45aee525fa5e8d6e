package io.pierre.data.crypto;

import io.pierre.data.config.DeploymentConfigurationException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.SecretKey;

/**
 * The key-encryption key (KEK) from {@code PIERRE_MASTER_ENCRYPTION_KEY}: base64 of exactly 32 bytes, from the
 * environment or a system property of that name (on WildFly also from {@code standalone.conf}; on Payara a
 * system property that may reference a password alias). It only wraps data keys; it never seals data. Every
 * failure is one sentence without key material, and fails the deployment.
 */
public final class MasterKey {

    public static final String NAME = "PIERRE_MASTER_ENCRYPTION_KEY";
    private static final String FIX =
            " Set it to the base64 of 32 random bytes (e.g. `openssl rand -base64 32`), identical on every node"
                    + " and kept with the database's backups; see README, 'Keys'.";

    private final SecretKey key;

    private MasterKey(SecretKey key) {
        this.key = key;
    }

    /** Reads the KEK from the environment, else from the system property of the same name. */
    public static MasterKey fromEnvironment() {
        String value = System.getenv(NAME);
        if (value == null || value.isBlank()) {
            value = System.getProperty(NAME);
        }
        return parse(value);
    }

    public static MasterKey parse(String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new DeploymentConfigurationException(
                    NAME + " is not set, so Pierre cannot open its data keys." + FIX);
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new DeploymentConfigurationException(NAME + " is not valid base64." + FIX);
        }
        if (bytes.length != AesGcm.KEY_BYTES) {
            throw new DeploymentConfigurationException(
                    NAME + " must decode to exactly 32 bytes, but decodes to " + bytes.length + "." + FIX);
        }
        return new MasterKey(AesGcm.key(bytes));
    }

    /** The data key of {@code version}, encrypted under this KEK and bound to its version number. */
    public String wrap(SecretKey dataKey, int version) {
        return Base64.getEncoder().encodeToString(AesGcm.seal(key, aad(version), dataKey.getEncoded()));
    }

    /** @throws DeploymentConfigurationException if this KEK is not the one the data key was wrapped with */
    public SecretKey unwrap(String wrapped, int version) {
        try {
            return AesGcm.key(AesGcm.open(key, aad(version), Base64.getDecoder().decode(wrapped)));
        } catch (AEADBadTagException | IllegalArgumentException e) {
            throw new DeploymentConfigurationException(NAME + " does not open data key version " + version
                    + " stored in this database: it is not the master key the database was set up with; start the"
                    + " server with that key (the database and its key are backed up together).");
        }
    }

    private static byte[] aad(int version) {
        return ("pierre/data-key/v" + version).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "MasterKey[redacted]";
    }
}
