package io.pierre.data.db;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.List;
import org.hibernate.annotations.Immutable;

/**
 * Stores a list of strings as a JSON array (scopes, redirect URIs, permissions). A real list: an empty list reads
 * back empty (the original joined with commas, so an empty list came back as one empty string).
 *
 * <p>{@code @Immutable}: the lists are unmodifiable and entities replace them whole, never change them in place.
 * Without it Hibernate treats the list as mutable and copies every loaded value through this converter (to JSON and
 * back) for its snapshot: 6 % of an admin API request's samples (BENCHMARKS.md, case 6).
 */
@Immutable
@Converter
public class JsonStringListConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> values) {
        if (values == null) {
            return null;
        }
        JsonArrayBuilder array = JsonDocuments.JSON.createArrayBuilder();
        values.forEach(array::add);
        return array.build().toString();
    }

    @Override
    public List<String> convertToEntityAttribute(String json) {
        if (json == null) {
            return null;
        }
        try (JsonReader reader = JsonDocuments.JSON.createReader(new StringReader(json))) {
            return reader.readArray().getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString)
                    .toList();
        }
    }
}
