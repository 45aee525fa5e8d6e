package io.pierre.data.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link Sealed} secret as its envelope text and reads the text back without opening it. Sealing of new
 * values happens here, with the place the entity gave the value; opening happens only when the entity is asked for
 * the plaintext, with the place built from its own key fields. Applied with an explicit {@code @Convert} on each
 * secret column: OAuth access and refresh tokens, OAuth app client secrets, system secrets, RSA private keys.
 */
@Converter
public class SealedConverter implements AttributeConverter<Sealed, String> {

    @Override
    public String convertToDatabaseColumn(Sealed value) {
        return value == null ? null : value.envelope();
    }

    @Override
    public Sealed convertToEntityAttribute(String envelope) {
        return envelope == null ? null : Sealed.fromDatabase(envelope);
    }
}
