package io.pierre.data.db;

import io.pierre.data.error.InvalidInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.stream.Collectors;

/**
 * A write that an entity's Bean Validation constraints refused (checked by Hibernate before every insert and update,
 * on both databases), reported as the data layer's {@link InvalidInputException}. It may surface at a flush inside a
 * repository or at commit, wrapped by the transaction manager; the transaction boundaries look for it in the causes.
 * The message names each field and rule, never the refused value, which may be a secret.
 */
public final class EntityConstraintViolations {

    private EntityConstraintViolations() {}

    /** {@code failure} as an {@link InvalidInputException} if a constraint violation caused it, else unchanged. */
    public static Throwable reported(Throwable failure) {
        return SqlFailures.causes(failure)
                .filter(ConstraintViolationException.class::isInstance)
                .map(violation -> (Throwable) asInvalidInput((ConstraintViolationException) violation))
                .findFirst()
                .orElse(failure);
    }

    private static InvalidInputException asInvalidInput(ConstraintViolationException exception) {
        return new InvalidInputException(exception.getConstraintViolations().stream()
                .map(EntityConstraintViolations::describe)
                .sorted()
                .collect(Collectors.joining("; ")));
    }

    private static String describe(ConstraintViolation<?> violation) {
        return violation.getRootBeanClass().getSimpleName() + "." + violation.getPropertyPath() + ": "
                + violation.getMessage();
    }
}
