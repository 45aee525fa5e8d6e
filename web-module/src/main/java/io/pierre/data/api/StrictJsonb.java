package io.pierre.data.api;

import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;

/**
 * The API's JSON-B: booleans must be JSON {@code true} or {@code false}. Yasson on its own reads any string as a
 * boolean ({@code "maybe"} becomes {@code false}), which would turn a typo into a silent change; here it is a 400.
 */
@Provider
public class StrictJsonb implements ContextResolver<Jsonb> {

    private final Jsonb jsonb =
            JsonbBuilder.create(new JsonbConfig().withDeserializers(new StrictBooleanDeserializer()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    static final class StrictBooleanDeserializer implements JsonbDeserializer<Boolean> {

        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type rtType) {
            JsonValue value = parser.getValue();
            return switch (value.getValueType()) {
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                case NULL -> null;
                default -> throw new JsonbException("Expected true or false, found " + value.getValueType());
            };
        }
    }
}
