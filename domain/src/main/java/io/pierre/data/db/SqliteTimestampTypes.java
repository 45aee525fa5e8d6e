package io.pierre.data.db;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Calendar;
import java.util.TimeZone;
import org.hibernate.boot.model.TypeContributions;
import org.hibernate.boot.model.TypeContributor;
import org.hibernate.engine.jdbc.spi.JdbcServices;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.descriptor.ValueBinder;
import org.hibernate.type.descriptor.ValueExtractor;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.BasicBinder;
import org.hibernate.type.descriptor.jdbc.BasicExtractor;
import org.hibernate.type.descriptor.jdbc.TimestampUtcAsJdbcTimestampJdbcType;

/**
 * On SQLite, UTC instants are read and bound with a calendar of their own per call. Hibernate's JDBC type for them
 * hands every driver one shared {@code Calendar}, and sqlite-jdbc sets the time on the calendar it is given before
 * reading it back: two threads reading at once could each get the other's instant (an admin token's expiry read as
 * another row's last use, under load). PostgreSQL is unaffected (its instants are {@code timestamptz}) and keeps
 * Hibernate's types. Registered for Hibernate in {@code META-INF/services/org.hibernate.boot.model.TypeContributor}.
 */
public class SqliteTimestampTypes implements TypeContributor {

    @Override
    public void contribute(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
        if (serviceRegistry
                .requireService(JdbcServices.class)
                .getDialect()
                .getClass()
                .getSimpleName()
                .startsWith("SQLite")) {
            typeContributions.contributeJdbcType(new OwnCalendarUtcTimestamp());
        }
    }

    /** {@link TimestampUtcAsJdbcTimestampJdbcType} with a new UTC calendar for every value. */
    static final class OwnCalendarUtcTimestamp extends TimestampUtcAsJdbcTimestampJdbcType {

        private static Calendar utc() {
            return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        }

        @Override
        public <X> ValueBinder<X> getBinder(JavaType<X> javaType) {
            return new BasicBinder<>(javaType, this) {
                @Override
                protected void doBind(PreparedStatement st, X value, int index, WrapperOptions options)
                        throws SQLException {
                    st.setTimestamp(index, Timestamp.from(javaType.unwrap(value, Instant.class, options)), utc());
                }

                @Override
                protected void doBind(CallableStatement st, X value, String name, WrapperOptions options)
                        throws SQLException {
                    st.setTimestamp(name, Timestamp.from(javaType.unwrap(value, Instant.class, options)), utc());
                }
            };
        }

        @Override
        public <X> ValueExtractor<X> getExtractor(JavaType<X> javaType) {
            return new BasicExtractor<>(javaType, this) {
                @Override
                protected X doExtract(ResultSet rs, int position, WrapperOptions options) throws SQLException {
                    return instant(rs.getTimestamp(position, utc()), options);
                }

                @Override
                protected X doExtract(CallableStatement statement, int index, WrapperOptions options)
                        throws SQLException {
                    return instant(statement.getTimestamp(index, utc()), options);
                }

                @Override
                protected X doExtract(CallableStatement statement, String name, WrapperOptions options)
                        throws SQLException {
                    return instant(statement.getTimestamp(name, utc()), options);
                }

                private X instant(Timestamp timestamp, WrapperOptions options) {
                    return timestamp == null ? null : getJavaType().wrap(timestamp.toInstant(), options);
                }
            };
        }
    }
}
