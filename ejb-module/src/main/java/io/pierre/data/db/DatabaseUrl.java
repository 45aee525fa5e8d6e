package io.pierre.data.db;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The original's database URL ({@code PIERRE_DATABASE_URL}): {@code sqlite:path/to/db.sqlite} or
 * {@code postgresql://user:pass@host:port/db} ({@code postgres://} too). The server never reads it — the
 * datasource is the server's — but the run command uses it to decide which driver and datasource script to
 * apply. Every message and {@link #toString()} masks the password.
 */
public final class DatabaseUrl {

    public static final String ENVIRONMENT_VARIABLE = "PIERRE_DATABASE_URL";
    public static final String DEFAULT_URL = "sqlite:data/pierre.db";
    private static final String SUPPORTED =
            "sqlite:path/to/db.sqlite, postgresql://user:pass@host:port/db (or postgres://...)";
    private static final Pattern PASSWORD_IN_URL = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*://[^:/@]*:)[^@]*@");
    private static final int DEFAULT_POSTGRESQL_PORT = 5432;

    private final DatabaseVendor vendor;
    private final String original;
    private final Map<String, String> serverProperties;

    private DatabaseUrl(DatabaseVendor vendor, String original, Map<String, String> serverProperties) {
        this.vendor = vendor;
        this.original = original;
        this.serverProperties = serverProperties;
    }

    /**
     * Parses {@code url}; a relative SQLite path is resolved against {@code baseDirectory}.
     *
     * @throws IllegalArgumentException for any other form, naming the supported ones (password masked)
     */
    public static DatabaseUrl parse(String url, Path baseDirectory) {
        Objects.requireNonNull(url, "url");
        if (url.equals("sqlite::memory:")) {
            throw new IllegalArgumentException(
                    "sqlite::memory: cannot back a server: every pooled connection would see "
                            + "its own empty database; use a file, e.g. " + DEFAULT_URL);
        }
        if (url.startsWith("sqlite:") && url.length() > "sqlite:".length()) {
            Path file = baseDirectory
                    .resolve(url.substring("sqlite:".length()))
                    .toAbsolutePath()
                    .normalize();
            return new DatabaseUrl(DatabaseVendor.SQLITE, url, Map.of("pierre.sqlite.path", file.toString()));
        }
        if (url.startsWith("postgresql://") || url.startsWith("postgres://")) {
            return parsePostgresql(url);
        }
        throw unsupported(url);
    }

    private static DatabaseUrl parsePostgresql(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw unsupported(url);
        }
        String database = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (uri.getHost() == null || database.isEmpty()) {
            throw unsupported(url);
        }
        int port = uri.getPort() < 0 ? DEFAULT_POSTGRESQL_PORT : uri.getPort();
        String jdbc = "jdbc:postgresql://" + uri.getHost() + ":" + port + "/" + database
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        String user = "";
        String password = "";
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : "";
        }
        if (user.isEmpty() || password.isEmpty()) {
            throw new IllegalArgumentException(
                    "PostgreSQL URL " + mask(url) + " needs a user and a password (the server's"
                            + " datasource logs in with them): postgresql://user:pass@host:port/db");
        }
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("pierre.postgresql.url", jdbc);
        properties.put("pierre.postgresql.user", user);
        properties.put("pierre.postgresql.password", password);
        return new DatabaseUrl(DatabaseVendor.POSTGRESQL, url, properties);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static IllegalArgumentException unsupported(String url) {
        return new IllegalArgumentException(
                "Unsupported database URL format: " + mask(url) + ". Supported formats: " + SUPPORTED);
    }

    /** {@code scheme://user:password@rest} becomes {@code scheme://user:***@rest}; other text is unchanged. */
    public static String mask(String url) {
        return url == null ? null : PASSWORD_IN_URL.matcher(url).replaceFirst("$1***@");
    }

    public DatabaseVendor vendor() {
        return vendor;
    }

    /** Properties for the server-config scripts of this database (contains the password for PostgreSQL). */
    public Map<String, String> serverProperties() {
        return Map.copyOf(serverProperties);
    }

    /** How a JDBC client outside a server connects: the URL (password not in it), user and password. */
    public record JdbcConnection(String url, String user, String password) {
        @Override
        public String toString() {
            return "JdbcConnection[" + url + ", user=" + user + "]";
        }
    }

    /**
     * The JDBC connection for clients outside a server (the import tool, the persistence tests). SQLite gets the
     * connection settings server-config/ gives the server's datasource: foreign keys on, WAL, a 5 s busy timeout.
     */
    public JdbcConnection jdbcConnection() {
        if (vendor == DatabaseVendor.SQLITE) {
            return new JdbcConnection(
                    "jdbc:sqlite:" + serverProperties.get("pierre.sqlite.path")
                            + "?foreign_keys=true&journal_mode=WAL&busy_timeout=5000",
                    "",
                    "");
        }
        return new JdbcConnection(
                serverProperties.get("pierre.postgresql.url"),
                serverProperties.get("pierre.postgresql.user"),
                serverProperties.get("pierre.postgresql.password"));
    }

    @Override
    public String toString() {
        return mask(original);
    }

    /**
     * For the run and test commands: writes the datasource properties of a URL to {@code args[0]} (owner-only),
     * resolving relative SQLite paths against {@code args[1]}. The URL is {@code args[2]} if given, else
     * {@value #ENVIRONMENT_VARIABLE}, else {@value #DEFAULT_URL}.
     */
    public static void main(String[] args) throws IOException {
        String url = args.length > 2 ? args[2] : System.getenv().getOrDefault(ENVIRONMENT_VARIABLE, DEFAULT_URL);
        DatabaseUrl parsed = parse(url, Path.of(args[1]));
        Path output = Path.of(args[0]);
        Files.deleteIfExists(output);
        Files.createFile(output, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (Writer writer = Files.newBufferedWriter(output, StandardOpenOption.TRUNCATE_EXISTING)) {
            writer.write("pierre.database=" + parsed.vendor().name().toLowerCase(java.util.Locale.ROOT) + "\n");
            for (Map.Entry<String, String> property : parsed.serverProperties.entrySet()) {
                writer.write(property.getKey() + "=" + escape(property.getValue()) + "\n");
            }
        }
        System.out.println("Pierre: database " + parsed);
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=");
    }
}
