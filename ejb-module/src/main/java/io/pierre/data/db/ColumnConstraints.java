package io.pierre.data.db;

import jakarta.persistence.Column;
import jakarta.persistence.Table;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.Metamodel;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether each entity field's Bean Validation constraints promise what its column holds, read from the live schema:
 * a {@code varchar(n)} column needs {@code @Size(max = n)} on a text field, {@link JsonListSize @JsonListSize(max = n)}
 * on a list, and enum codes no longer than {@code n}; a {@code NOT NULL} column needs {@code @NotNull} on an object
 * field; and no field claims a limit its column does not have. The constraints are checked before every write, so a
 * value SQLite would store and PostgreSQL would refuse is refused on both, with the same message.
 */
public final class ColumnConstraints {

    /** Both drivers report an unlimited text column ({@code text}) as a size in the billions. */
    private static final int UNLIMITED = 1_000_000_000;

    private ColumnConstraints() {}

    private record ColumnInfo(int maxLength, boolean notNull) {
        boolean bounded() {
            return maxLength > 0;
        }
    }

    /** Every disagreement between the mapped entities' constraints and the columns {@code connection} sees, one sentence each. */
    public static List<String> disagreements(Metamodel metamodel, Connection connection) throws SQLException {
        List<String> found = new ArrayList<>();
        DatabaseMetaData metadata = connection.getMetaData();
        List<EntityType<?>> entities = metamodel.getEntities().stream()
                .sorted(Comparator.comparing(EntityType::getName))
                .toList();
        for (EntityType<?> entity : entities) {
            Class<?> type = entity.getJavaType();
            String table = type.getAnnotation(Table.class).name();
            Map<String, ColumnInfo> columns = columnsOf(metadata, table);
            for (Attribute<?, ?> attribute : entity.getAttributes()) {
                if (attribute.getJavaMember() instanceof Field field) {
                    ColumnInfo column = columns.get(columnName(field).toLowerCase(Locale.ROOT));
                    if (column != null) {
                        check(type.getSimpleName() + "." + field.getName(), field, table, column, found);
                    }
                }
            }
        }
        return found;
    }

    private static void check(String place, Field field, String table, ColumnInfo column, List<String> found) {
        String where = place + " (" + table + "." + columnName(field) + ")";
        Size size = field.getAnnotation(Size.class);
        JsonListSize listSize = field.getAnnotation(JsonListSize.class);
        if (column.bounded()) {
            int n = column.maxLength();
            if (field.getType() == String.class && (size == null || size.max() != n)) {
                found.add(where + " is varchar(" + n + ") but the field lacks @Size(max = " + n + ")");
            } else if (List.class.isAssignableFrom(field.getType()) && (listSize == null || listSize.max() != n)) {
                found.add(where + " is varchar(" + n + ") but the field lacks @JsonListSize(max = " + n + ")");
            } else if (DatabaseCode.class.isAssignableFrom(field.getType())) {
                Arrays.stream(field.getType().getEnumConstants())
                        .map(code -> ((DatabaseCode) code).databaseValue())
                        .filter(code -> code.length() > n)
                        .forEach(code -> found.add(where + " is varchar(" + n + "), too short for the code " + code));
            } else if (field.getType() != String.class && !List.class.isAssignableFrom(field.getType())) {
                found.add(where + " is varchar(" + n + "), which a "
                        + field.getType().getSimpleName() + " field cannot be checked against");
            }
        } else if (size != null || listSize != null) {
            found.add(where + " has no length limit but the field claims one");
        }
        if (!field.getType().isPrimitive() && column.notNull() != field.isAnnotationPresent(NotNull.class)) {
            found.add(where
                    + (column.notNull()
                            ? " is NOT NULL but the field lacks @NotNull"
                            : " may be null but the field is @NotNull"));
        }
    }

    private static String columnName(Field field) {
        Column column = field.getAnnotation(Column.class);
        return column == null || column.name().isEmpty() ? field.getName() : column.name();
    }

    private static Map<String, ColumnInfo> columnsOf(DatabaseMetaData metadata, String table) throws SQLException {
        Map<String, ColumnInfo> columns = new HashMap<>();
        try (ResultSet rows = metadata.getColumns(null, metadata.getConnection().getSchema(), table, null)) {
            while (rows.next()) {
                int type = rows.getInt("DATA_TYPE");
                int size = rows.getInt("COLUMN_SIZE");
                boolean text = type == Types.VARCHAR || type == Types.CHAR || type == Types.NVARCHAR;
                columns.put(
                        rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                        new ColumnInfo(
                                text && size > 0 && size < UNLIMITED ? size : 0,
                                rows.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls));
            }
        }
        return columns;
    }
}
