package io.pierre.data.crypto;

import io.pierre.data.config.DeploymentConfigurationException;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Constructor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.BasicValuedModelPart;
import org.hibernate.metamodel.mapping.EntityIdentifierMapping;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.descriptor.ValueBinder;
import org.hibernate.type.descriptor.converter.spi.JpaAttributeConverter;

/**
 * One sealed column, as the mapping declares it: every attribute converted by {@link SealedConverter} is one, so key
 * rotation rewraps, counts and retires over exactly the columns that hold sealed values. A new sealed attribute needs
 * no list to be kept: {@link #inMapping} finds it, and fails the deployment when its entity cannot say where its
 * values belong. Also the SQL rotation runs on the column: it binds and reads row ids with Hibernate's own binders,
 * so a UUID is a BLOB on SQLite and a uuid on PostgreSQL, as everywhere else.
 */
public record SealedColumn<E extends SealedRow>(
        Class<E> entity,
        String table,
        String column,
        boolean nullable,
        EntityIdentifierMapping identifier,
        BasicValuedModelPart id,
        AttributeMapping attribute) {

    /** Every sealed column of the persistence unit, ordered by place. */
    public static List<SealedColumn<?>> inMapping(EntityManagerFactory entityManagerFactory) {
        List<SealedColumn<?>> columns = new ArrayList<>();
        entityManagerFactory
                .unwrap(SessionFactoryImplementor.class)
                .getMappingMetamodel()
                .forEachEntityDescriptor(entity -> entity.forEachAttributeMapping(attribute -> {
                    BasicValuedModelPart basic = attribute.asBasicValuedModelPart();
                    if (basic != null && isSealed(basic)) {
                        columns.add(of(entity, attribute, basic));
                    }
                }));
        columns.sort(Comparator.comparing(SealedColumn::place));
        return List.copyOf(columns);
    }

    private static boolean isSealed(BasicValuedModelPart attribute) {
        return attribute.getJdbcMapping().getValueConverter() instanceof JpaAttributeConverter<?, ?> converter
                && converter.getConverterJavaType().getJavaTypeClass() == SealedConverter.class;
    }

    @SuppressWarnings("unchecked")
    private static SealedColumn<?> of(EntityPersister entity, AttributeMapping attribute, BasicValuedModelPart basic) {
        String place = basic.getContainingTableExpression() + "." + basic.getSelectionExpression();
        Class<?> type = entity.getMappedClass();
        if (!SealedRow.class.isAssignableFrom(type)) {
            throw new DeploymentConfigurationException(type.getName() + " maps the sealed column " + place
                    + " but does not implement " + SealedRow.class.getSimpleName()
                    + ": implement sealContext(column) so rotation can rewrap its values.");
        }
        EntityIdentifierMapping identifier = entity.getIdentifierMapping();
        if (!(identifier instanceof BasicValuedModelPart id)) {
            throw new DeploymentConfigurationException(
                    place + " is sealed in a table without a single-column primary key,"
                            + " which rotation cannot rewrap row by row.");
        }
        SealedColumn<?> column = new SealedColumn<>(
                (Class<SealedRow>) type,
                basic.getContainingTableExpression(),
                basic.getSelectionExpression(),
                basic.isNullable(),
                identifier,
                id,
                attribute);
        column.requirePlaceMatchesMapping();
        return column;
    }

    /** The entity builds each value's AAD from its own table and column names; they must be the mapped ones. */
    private void requirePlaceMatchesMapping() {
        SealContext declared = blankRow().sealContext(column);
        if (!declared.table().equals(table) || !declared.column().equals(column)) {
            throw new DeploymentConfigurationException(
                    entity.getName() + " seals the values of " + place() + " for the place " + declared.place()
                            + ": the table and column in its seal context must be the mapped ones.");
        }
    }

    private E blankRow() {
        try {
            Constructor<E> constructor = entity.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new DeploymentConfigurationException(
                    entity.getName() + " has no constructor without arguments, which JPA requires.", e);
        }
    }

    public String place() {
        return table + "." + column;
    }

    /** The sealed value of {@code row} in this column, if it has one. */
    public Optional<Sealed> value(E row) {
        return Optional.ofNullable((Sealed) attribute.getValue(row));
    }

    /** Where the value of {@code row} in this column belongs, from the row's own key fields. */
    public SealContext context(E row) {
        return row.sealContext(column);
    }

    public Object idOf(E row) {
        return identifier.getIdentifier(row);
    }

    /** The row id as text (for records that name a row, never a value), and back. */
    public String rowKey(Object rowId) {
        return rowId.toString();
    }

    public Object rowId(String rowKey) {
        return id.getJdbcMapping().getJavaTypeDescriptor().fromString(rowKey);
    }

    /**
     * Up to {@code limit} ids, in id order after {@code afterId} (null: from the start), of rows whose value is not
     * sealed with a key version whose envelopes start with {@code envelopePrefix}.
     */
    public List<Object> idsNotSealedWith(
            SharedSessionContractImplementor session, String envelopePrefix, Object afterId, int limit) {
        String sql = "SELECT " + idColumn() + " FROM " + table + " WHERE " + column + " IS NOT NULL AND " + column
                + " NOT LIKE ?" + (afterId == null ? "" : " AND " + idColumn() + " > ?") + " ORDER BY " + idColumn()
                + " LIMIT " + limit;
        return session.doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, envelopePrefix + "%");
                if (afterId != null) {
                    idBinder().bind(statement, afterId, 2, session);
                }
                List<Object> ids = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        ids.add(id.getJdbcMapping().getJdbcValueExtractor().extract(rows, 1, session));
                    }
                }
                return ids;
            }
        });
    }

    /** Values of this column sealed with envelopes starting with {@code envelopePrefix}. */
    public long countSealedWith(Connection connection, String envelopePrefix) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT count(*) FROM " + table + " WHERE " + column + " LIKE ?")) {
            statement.setString(1, envelopePrefix + "%");
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /** The envelope stored in the row {@code rowId}, if the row exists and has a value. */
    public Optional<String> envelopeOf(SharedSessionContractImplementor session, Object rowId) {
        return session.doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT " + column + " FROM " + table + " WHERE " + idColumn() + " = ?")) {
                idBinder().bind(statement, rowId, 1, session);
                try (ResultSet result = statement.executeQuery()) {
                    return result.next() ? Optional.ofNullable(result.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /**
     * Replaces each value only where the row still holds the envelope that was read (compare-and-set), as one JDBC
     * batch; a concurrent update by the application always wins. Returns how many values were replaced.
     */
    public int replaceWhereUnchanged(SharedSessionContractImplementor session, List<Replacement> replacements) {
        String update =
                "UPDATE " + table + " SET " + column + " = ? WHERE " + idColumn() + " = ? AND " + column + " = ?";
        return session.doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(update)) {
                for (Replacement replacement : replacements) {
                    statement.setString(1, replacement.replacement());
                    idBinder().bind(statement, replacement.rowId(), 2, session);
                    statement.setString(3, replacement.current());
                    statement.addBatch();
                }
                // SUCCESS_NO_INFO (-2) means the driver could not count: it only ever comes with a row written.
                return Arrays.stream(statement.executeBatch())
                        .map(count -> count == Statement.SUCCESS_NO_INFO ? 1 : count)
                        .sum();
            }
        });
    }

    /** Empties the value of the row if it still holds {@code envelope}; whether it did. */
    public boolean clearIfUnchanged(SharedSessionContractImplementor session, Object rowId, String envelope) {
        if (!nullable) {
            throw new IllegalStateException(place() + " cannot be empty");
        }
        return replaceWhereUnchanged(session, List.of(new Replacement(rowId, envelope, null))) == 1;
    }

    /** Deletes the row if it still holds {@code envelope}; whether it did. */
    public boolean deleteRowIfUnchanged(SharedSessionContractImplementor session, Object rowId, String envelope) {
        return session.doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "DELETE FROM " + table + " WHERE " + idColumn() + " = ? AND " + column + " = ?")) {
                idBinder().bind(statement, rowId, 1, session);
                statement.setString(2, envelope);
                return statement.executeUpdate() == 1;
            }
        });
    }

    /** A value to write in place of the one read, if the row still holds that one. */
    public record Replacement(Object rowId, String current, String replacement) {}

    private String idColumn() {
        return id.getSelectionExpression();
    }

    @SuppressWarnings("unchecked")
    private ValueBinder<Object> idBinder() {
        return (ValueBinder<Object>) id.getJdbcMapping().getJdbcValueBinder();
    }

    @Override
    public String toString() {
        return "SealedColumn[" + place() + "]";
    }
}
