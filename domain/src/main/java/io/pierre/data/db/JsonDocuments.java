package io.pierre.data.db;

import io.pierre.data.error.InvalidInputException;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;

/**
 * JSON documents the data layer stores whole (profiles, goals, insights, A2A task payloads, fitness
 * configurations): validated on the way in, so invalid JSON is the caller's error and never reaches the database.
 */
public final class JsonDocuments {

    /** JSON-P's provider, looked up once: {@code Json.createReader} and friends search for it on every call. */
    static final JsonProvider JSON = JsonProvider.provider();

    private JsonDocuments() {}

    /** Parses {@code json} as any JSON value. @throws InvalidInputException naming {@code what} if it is not JSON */
    public static JsonValue parse(String json, String what) {
        if (json == null) {
            throw new InvalidInputException(what + " is missing");
        }
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidInputException(what + " is not valid JSON");
        }
    }

    /** Parses {@code json} as a JSON object. @throws InvalidInputException if it is not one */
    public static JsonObject parseObject(String json, String what) {
        JsonValue value = parse(json, what);
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException(what + " must be a JSON object");
        }
        return value.asJsonObject();
    }

    /** The document in JSON-P's canonical text (what the database stores). */
    public static String text(JsonValue value) {
        return value instanceof JsonStructure structure ? structure.toString() : value.toString();
    }

    /** Validates {@code json} and returns the text to store. */
    public static String requireValid(String json, String what) {
        return text(parse(json, what));
    }
}
