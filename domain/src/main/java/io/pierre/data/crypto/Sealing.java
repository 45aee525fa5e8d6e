package io.pierre.data.crypto;

/**
 * Where sealed values find the key ring. JPA converters and entities are not CDI beans on every server (Payara
 * gives Hibernate no BeanManager), so the deployment's startup bean installs the ring here.
 */
public final class Sealing {

    private static volatile SecretSealer sealer;

    private Sealing() {}

    public static void install(SecretSealer installed) {
        sealer = installed;
    }

    public static SecretSealer sealer() {
        SecretSealer current = sealer;
        if (current == null) {
            throw new IllegalStateException("The key ring is not installed: the deployment has not finished starting");
        }
        return current;
    }
}
