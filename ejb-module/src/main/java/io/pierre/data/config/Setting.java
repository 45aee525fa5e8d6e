package io.pierre.data.config;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * Every server setting Pierre reads, with its default: the one list that the docs' settings table follows. A
 * setting is read from the system property of its key, else from the environment variable of the same name in
 * upper case with {@code _} for other characters ({@code PIERRE_RETRY_POSTGRESQL_MAX_RETRIES}), else its default.
 * A value that is not a number where one is expected fails with one sentence naming the setting.
 *
 * <p>The master key is not a setting: it is read only from {@code PIERRE_MASTER_ENCRYPTION_KEY} ({@code MasterKey}).
 */
public enum Setting {
    RETRY_POSTGRESQL_MAX_RETRIES(
            "pierre.retry.postgresql.max-retries",
            "100",
            0,
            "Retries of a transaction that failed transiently on PostgreSQL (and of version conflicts)."),
    RETRY_POSTGRESQL_INITIAL_DELAY_MS(
            "pierre.retry.postgresql.initial-delay-ms",
            "10",
            0,
            "First pause before a PostgreSQL retry, doubled per retry (times a jitter in [0.5, 1.5))."),
    RETRY_POSTGRESQL_MAX_DELAY_MS(
            "pierre.retry.postgresql.max-delay-ms", "160", 0, "Longest pause between PostgreSQL retries."),
    RETRY_SQLITE_MAX_RETRIES(
            "pierre.retry.sqlite.max-retries",
            "10",
            0,
            "Retries of a transaction that failed with SQLITE_BUSY or SQLITE_LOCKED."),
    RETRY_SQLITE_INITIAL_DELAY_MS(
            "pierre.retry.sqlite.initial-delay-ms", "10", 0, "First pause before a SQLite retry, doubled per retry."),
    RETRY_SQLITE_MAX_DELAY_MS("pierre.retry.sqlite.max-delay-ms", "250", 0, "Longest pause between SQLite retries."),
    KEY_USAGE_LIMIT(
            "pierre.crypto.usage-limit",
            Long.toString(1L << 32),
            1,
            "Encryptions one data-key version may make (NIST SP 800-38D: 2^32 with random nonces); rotation starts at half."),
    KEY_USAGE_BLOCK(
            "pierre.crypto.usage-block",
            Long.toString(1L << 20),
            1,
            "Encryptions a node reserves per database write, out of the version's budget."),
    KEY_REFRESH_SECONDS(
            "pierre.crypto.key-refresh-seconds",
            "10",
            1,
            "How often each node reloads the key versions, so a version promoted elsewhere takes effect here."),
    RETIRE_GRACE_SECONDS(
            "pierre.crypto.retire-grace-seconds",
            "60",
            1,
            "How long after a version stops being primary it may be retired; must exceed twice the refresh interval."),
    REWRAP_BATCH_SIZE("pierre.crypto.rewrap-batch-size", "200", 1, "Values the rewrap re-seals per transaction."),
    RETENTION_USAGE_DAYS(
            "pierre.retention.usage-days", "90", 1, "Days usage records and request logs are kept by the nightly job."),
    ADMIN_TOKEN_DEFAULT_VALIDITY_DAYS(
            "pierre.admin.token-default-validity-days",
            "90",
            1,
            "Validity of an admin token created without validityDays."),
    ADMIN_TOKEN_MAX_VALIDITY_DAYS(
            "pierre.admin.token-max-validity-days", "365", 1, "Longest validity an admin token can be given."),
    ADMIN_BOOTSTRAP_VALIDITY_HOURS(
            "pierre.admin.bootstrap-validity-hours",
            "24",
            1,
            "Validity of the super-admin token minted at the first start of an empty database."),
    ADMIN_RECOVERY_VALIDITY_HOURS(
            "pierre.admin.recovery-validity-hours",
            "1",
            1,
            "Validity of the super-admin token minted by a recovery request file."),
    DATA_DIR(
            "pierre.data.dir",
            null,
            0,
            "Folder of the bootstrap token and recovery request files; default: the server's data folder + /pierre.");

    private final String key;
    private final String defaultValue;
    private final long minimum;
    private final String description;

    Setting(String key, String defaultValue, long minimum, String description) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.minimum = minimum;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public Optional<String> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    public String description() {
        return description;
    }

    /** The environment variable that sets it: {@code pierre.retry.sqlite.max-retries} → {@code PIERRE_RETRY_SQLITE_MAX_RETRIES}. */
    public String environmentVariable() {
        return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    /** The configured value, else the default; empty only for a setting without default that is not set. */
    public Optional<String> value() {
        String configured = System.getProperty(key);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(environmentVariable());
        }
        return configured == null || configured.isBlank() ? defaultValue() : Optional.of(configured.strip());
    }

    /** Reads every numeric setting once, so a wrong value fails the deployment instead of a later call. */
    public static void validateAll() {
        for (Setting setting : values()) {
            if (setting.defaultValue != null) {
                setting.asLong();
            }
        }
    }

    public long asLong() {
        String text = value().orElseThrow(() -> new IllegalStateException(key + " has no default"));
        long parsed;
        try {
            parsed = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw invalid(text);
        }
        if (parsed < minimum) {
            throw invalid(text);
        }
        return parsed;
    }

    public int asInt() {
        long value = asLong();
        if (value > Integer.MAX_VALUE) {
            throw invalid(Long.toString(value));
        }
        return (int) value;
    }

    public Duration asDuration(ChronoUnit unit) {
        return Duration.of(asLong(), unit);
    }

    private DeploymentConfigurationException invalid(String text) {
        return new DeploymentConfigurationException(
                key + " (or " + environmentVariable() + ") must be a whole number of at least " + minimum + ", but is '"
                        + text + "': fix it or unset it to use the default " + defaultValue + ".");
    }
}
