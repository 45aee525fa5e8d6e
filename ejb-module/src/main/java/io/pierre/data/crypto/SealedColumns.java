package io.pierre.data.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.List;
import java.util.Optional;

/** The sealed columns of this deployment's persistence unit, found once in its mapping ({@link SealedColumn#inMapping}). */
@ApplicationScoped
public class SealedColumns {

    @PersistenceUnit(unitName = "pierre")
    EntityManagerFactory entityManagerFactory;

    private volatile List<SealedColumn<?>> all;

    /** Every sealed column; the first call (at deployment) fails if an entity cannot say where its values belong. */
    public List<SealedColumn<?>> all() {
        List<SealedColumn<?>> found = all;
        if (found == null) {
            found = SealedColumn.inMapping(entityManagerFactory);
            all = found;
        }
        return found;
    }

    public Optional<SealedColumn<?>> at(String table, String column) {
        return all().stream()
                .filter(c -> c.table().equals(table) && c.column().equals(column))
                .findFirst();
    }
}
