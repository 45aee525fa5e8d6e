package io.pierre.data.db;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

/**
 * A list of strings stored as one JSON array ({@link JsonStringListConverter}) fits its column: the stored text is at
 * most {@link #max} characters. {@code @Size} cannot say this, as it counts elements, not the text they make.
 */
@Constraint(validatedBy = JsonListSize.Validator.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface JsonListSize {

    int max();

    String message() default "stored as JSON, must be at most {max} characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Measures the list as the converter stores it. */
    class Validator implements ConstraintValidator<JsonListSize, List<String>> {

        private static final JsonStringListConverter STORED_FORM = new JsonStringListConverter();
        private int max;

        @Override
        public void initialize(JsonListSize constraint) {
            max = constraint.max();
        }

        @Override
        public boolean isValid(List<String> values, ConstraintValidatorContext context) {
            return values == null || STORED_FORM.convertToDatabaseColumn(values).length() <= max;
        }
    }
}
