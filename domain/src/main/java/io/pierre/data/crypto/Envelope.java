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
    private static final String HEADER = FORMAT + ".";
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public String text() {
        return FORMAT + "." + keyVersion + "." + ENCODER.encodeToString(payload);
    }

    /**
     * The envelope {@code text} holds, or empty when it is not one of ours. Only the canonical spelling is
     * accepted: the version in plain decimal ({@code 1}, never {@code +1} or {@code 01}) and the payload in
     * unpadded base64url whose unused trailing bits are zero. A lenient decoder would open other spellings of the
     * last character to the same bytes, so "any changed character fails to open" would not hold.
     */
    public static Optional<Envelope> parse(String text) {
        if (text == null || !text.startsWith(HEADER)) {
            return Optional.empty();
        }
        int secondDot = text.indexOf('.', HEADER.length());
        int version = canonicalVersion(text, HEADER.length(), secondDot);
        if (version < 1 || !isCanonicalBase64Url(text, secondDot + 1)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Envelope(version, DECODER.decode(text.substring(secondDot + 1))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The decimal number in {@code text[from, to)}: 1 to 999999999 without sign or leading zero, else -1. */
    private static int canonicalVersion(String text, int from, int to) {
        if (to <= from || to - from > 9 || text.charAt(from) == '0') {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * Whether {@code text[from..]} is unpadded base64url whose last character carries no stray bits: with 2 or 3
     * characters in the last group, only the high 4 or 2 bits of the last character hold data.
     */
    private static boolean isCanonicalBase64Url(String text, int from) {
        int length = text.length() - from;
        if (length == 0 || length % 4 == 1) {
            return false;
        }
        int last = ALPHABET.indexOf(text.charAt(text.length() - 1));
        if (last < 0) {
            return false;
        }
        return switch (length % 4) {
            case 2 -> (last & 0x0f) == 0;
            case 3 -> (last & 0x03) == 0;
            default -> true;
        };
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
