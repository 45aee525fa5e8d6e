package io.pierre.data.bench;

import io.pierre.data.crypto.AesGcm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.sql.DataSource;

/**
 * The floor: hand-written JDBC doing the same SQL as the repositories, on the same container datasource, each call
 * in a JTA transaction like a repository call. Types are bound the way each database stores them (UUIDs as
 * 16 bytes on SQLite, native uuid on PostgreSQL; instants as epoch milliseconds on SQLite).
 */
@ApplicationScoped
@Transactional
public class RawJdbc {

    private DataSource dataSource;
    private boolean postgresql;

    public void use(DataSource source, boolean isPostgresql) {
        this.dataSource = source;
        this.postgresql = isPostgresql;
    }

    /** The columns a repository read maps, read into a small record. */
    public record UserRow(UUID id, String email, String passwordHash, String status, Instant createdAt) {}

    public UserRow findUserById(UUID id) throws SQLException {
        return findUser(
                "SELECT id, email, password_hash, user_status, created_at, display_name, tier, tenant_id, is_active, is_admin,"
                        + " role, approved_by, approved_at, last_active, firebase_uid, auth_provider FROM users WHERE id = ?",
                uuid(id));
    }

    public UserRow findUserByEmail(String email) throws SQLException {
        return findUser(
                "SELECT id, email, password_hash, user_status, created_at, display_name, tier, tenant_id, is_active, is_admin,"
                        + " role, approved_by, approved_at, last_active, firebase_uid, auth_provider FROM users WHERE email = ?",
                email);
    }

    private UserRow findUser(String sql, Object key) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, key);
            try (ResultSet row = statement.executeQuery()) {
                return row.next()
                        ? new UserRow(
                                toUuid(row.getObject(1)),
                                row.getString(2),
                                row.getString(3),
                                row.getString(4),
                                instant(row, 5))
                        : null;
            }
        }
    }

    public void insertUser(UUID id, String email, String passwordHash) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "INSERT INTO users (id, email, display_name, password_hash, tier, tenant_id, is_active, user_status, is_admin, role,"
                                + " approved_by, approved_at, created_at, last_active, firebase_uid, auth_provider)"
                                + " VALUES (?, ?, NULL, ?, 'starter', NULL, ?, 'pending', ?, 'user', NULL, NULL, ?, ?, NULL, 'email')")) {
            Instant now = Instant.now();
            statement.setObject(1, uuid(id));
            statement.setString(2, email);
            statement.setString(3, passwordHash);
            statement.setBoolean(4, true);
            statement.setBoolean(5, false);
            statement.setObject(6, timestamp(now));
            statement.setObject(7, timestamp(now));
            statement.executeUpdate();
        }
    }

    /** Inserts {@code count} users with {@code status}, one millisecond apart, in one batch (benchmark setup only). */
    public void insertUsers(int count, String status, String emailPrefix) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "INSERT INTO users (id, email, password_hash, tier, is_active, user_status, is_admin, role, created_at, last_active,"
                                + " auth_provider) VALUES (?, ?, 'x', 'starter', ?, ?, ?, 'user', ?, ?, 'email')")) {
            Instant base = Instant.now().minusSeconds(3600);
            for (int i = 0; i < count; i++) {
                Instant created = base.plusMillis(i);
                statement.setObject(1, uuid(UUID.randomUUID()));
                statement.setString(2, emailPrefix + i + "@bench.example");
                statement.setBoolean(3, true);
                statement.setString(4, status);
                statement.setBoolean(5, false);
                statement.setObject(6, timestamp(created));
                statement.setObject(7, timestamp(created));
                statement.addBatch();
                if (i % 1000 == 999) {
                    statement.executeBatch();
                }
            }
            statement.executeBatch();
        }
    }

    /** Inserts a token row whose access token is {@code accessToken} as given (sealed by the caller, or not). */
    public void insertToken(UUID id, UUID userId, UUID tenantId, String provider, String accessToken)
            throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "INSERT INTO user_oauth_tokens (id, user_id, tenant_id, provider, access_token, refresh_token, token_type, expires_at,"
                                + " scope, created_at, updated_at, last_sync) VALUES (?, ?, ?, ?, ?, NULL, 'Bearer', NULL, NULL, ?, ?, NULL)")) {
            Instant now = Instant.now();
            statement.setObject(1, uuid(id));
            statement.setObject(2, uuid(userId));
            statement.setObject(3, uuid(tenantId));
            statement.setString(4, provider);
            statement.setString(5, accessToken);
            statement.setObject(6, timestamp(now));
            statement.setObject(7, timestamp(now));
            statement.executeUpdate();
        }
    }

    public void deleteTokens(UUID tenantId, String provider) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "DELETE FROM user_oauth_tokens WHERE tenant_id = ? AND provider = ?")) {
            statement.setObject(1, uuid(tenantId));
            statement.setString(2, provider);
            statement.executeUpdate();
        }
    }

    public String selectAccessToken(UUID userId, UUID tenantId, String provider) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT access_token, refresh_token, token_type, expires_at, scope, created_at, updated_at, last_sync, id"
                                + " FROM user_oauth_tokens WHERE user_id = ? AND tenant_id = ? AND provider = ?")) {
            statement.setObject(1, uuid(userId));
            statement.setObject(2, uuid(tenantId));
            statement.setString(3, provider);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    /** OFFSET paging, the baseline keyset paging is compared with. */
    public int pageByOffset(String status, int offset, int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT id, email, created_at FROM users WHERE user_status = ? ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?")) {
            statement.setString(1, status);
            statement.setInt(2, limit);
            statement.setInt(3, offset);
            int rows = 0;
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows++;
                }
            }
            return rows;
        }
    }

    /** Bare JDK AES-GCM, the floor for sealing. */
    public static byte[] jdkSealAndOpen(SecretKey key, byte[] aad, byte[] plaintext) throws Exception {
        return AesGcm.open(key, aad, AesGcm.seal(key, aad, plaintext));
    }

    private Object uuid(UUID id) {
        if (postgresql) {
            return id;
        }
        return ByteBuffer.allocate(16)
                .putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits())
                .array();
    }

    private static UUID toUuid(Object value) {
        if (value instanceof UUID id) {
            return id;
        }
        ByteBuffer buffer = ByteBuffer.wrap((byte[]) value);
        return new UUID(buffer.getLong(), buffer.getLong());
    }

    private Object timestamp(Instant instant) {
        return postgresql
                ? java.time.OffsetDateTime.ofInstant(instant, java.time.ZoneOffset.UTC)
                : instant.toEpochMilli();
    }

    private Instant instant(ResultSet row, int column) throws SQLException {
        if (postgresql) {
            Timestamp timestamp = row.getTimestamp(column);
            return timestamp.toInstant();
        }
        return Instant.ofEpochMilli(row.getLong(column));
    }
}
