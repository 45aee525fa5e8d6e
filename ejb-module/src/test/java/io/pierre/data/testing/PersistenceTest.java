package io.pierre.data.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test of the persistence tier: the repositories on a real database without a server ({@link PersistenceTier}).
 * The build runs these classes once on a SQLite file and once on PostgreSQL; {@code @Tag("sqlite")} or
 * {@code @Tag("postgresql")} on a test keeps it to one of them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("persistence")
@ExtendWith(PersistenceTier.class)
public @interface PersistenceTest {}
