package io.pierre.data.crypto;

import java.util.Base64;
import java.util.Optional;

/**
 * The stored text of a sealed value: {@code p1.<keyVersion>.<base64url(nonce ‖ ciphertext ‖ tag)>}. The format
 * and key version in the header say how to open it; both are also bound into the AAD, so editing the header
 * makes opening fail.
 */
public record Envelope(int keyVersion, byte[] payload) {

    public static final String FORMAT = "p1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public String text() {
        return FORMAT + "." + keyVersion + "." + ENCODER.encodeToString(payload);
    }

    /** The envelope {@code text} holds, or empty when it is not one of ours (wrong format, version or base64). */
    public static Optional<Envelope> parse(String text) {
        if (text == null || !text.startsWith(FORMAT + ".")) {
            return Optional.empty();
        }
        int secondDot = text.indexOf('.', FORMAT.length() + 1);
        if (secondDot < 0) {
            return Optional.empty();
        }
        try {
            int version = Integer.parseInt(text.substring(FORMAT.length() + 1, secondDot));
            String encoded = text.substring(secondDot + 1);
            if (version < 1 || encoded.contains("=")) {
                return Optional.empty();
            }
            return Optional.of(new Envelope(version, DECODER.decode(encoded)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The key version an envelope was sealed with, read from its header, or empty for text that is not one. */
    public static Optional<Integer> versionOf(String text) {
        return parse(text).map(Envelope::keyVersion);
    }

    @Override
    public String toString() {
        return "Envelope[v" + keyVersion + ", " + payload.length + " bytes]";
    }
}
