package io.pierre.data.oauthtoken;

import io.pierre.data.error.InvalidInputException;
import java.util.Set;

/** Fitness providers Pierre connects to; the database CHECK constraints accept exactly these. */
public final class Providers {

    public static final Set<String> SUPPORTED =
            Set.of("strava", "fitbit", "garmin", "whoop", "terra", "coros", "synthetic");

    private Providers() {}

    /** @throws InvalidInputException naming the supported providers if {@code provider} is not one */
    public static String requireSupported(String provider) {
        if (provider == null || !SUPPORTED.contains(provider)) {
            throw new InvalidInputException(
                    "Unsupported provider '" + provider + "': use one of " + new java.util.TreeSet<>(SUPPORTED));
        }
        return provider;
    }
}
