package io.pierre.data.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnvelopeAndAadTest {

    @Test
    void anEnvelopeRoundTripsThroughItsText() {
        Envelope envelope = new Envelope(7, new byte[] {1, 2, 3, (byte) 0xff});
        String text = envelope.text();
        assertTrue(text.startsWith("p1.7."));
        Envelope parsed = Envelope.parse(text).orElseThrow();
        assertEquals(7, parsed.keyVersion());
        assertArrayEquals(envelope.payload(), parsed.payload());
        assertEquals(7, Envelope.versionOf(text).orElseThrow());
    }

    @Test
    void textThatIsNotAnEnvelopeIsRejected() {
        for (String text :
                List.of("", "plaintext", "p2.1.AAAA", "p1.x.AAAA", "p1.0.AAAA", "p1.1", "p1.1.AA==", "p1.1.!!")) {
            assertTrue(Envelope.parse(text).isEmpty(), text);
        }
    }

    @Test
    void onlyTheCanonicalSpellingOfAVersionIsAnEnvelope() {
        String payload = new Envelope(1, new byte[28]).text().substring("p1.1.".length());
        for (String version : List.of("+1", "01", "-1", " 1", "1 ", "1e0", "0x1", "１", "9999999999")) {
            assertTrue(Envelope.parse("p1." + version + "." + payload).isEmpty(), version);
        }
        assertEquals(
                123456789,
                Envelope.parse("p1.123456789." + payload).orElseThrow().keyVersion());
    }

    @Test
    void changingAnyCharacterOfAnEnvelopeNeverYieldsTheSamePayload() {
        for (int length : new int[] {28, 29, 30}) {
            byte[] bytes = new byte[length];
            new java.util.Random(length).nextBytes(bytes);
            String text = new Envelope(3, bytes).text();
            for (int position = 0; position < text.length(); position++) {
                for (char replacement :
                        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ ".toCharArray()) {
                    if (replacement == text.charAt(position)) {
                        continue;
                    }
                    String changed = text.substring(0, position) + replacement + text.substring(position + 1);
                    Envelope.parse(changed)
                            .ifPresent(other -> assertFalse(
                                    other.keyVersion() == 3 && Arrays.equals(other.payload(), bytes),
                                    "a changed envelope parsed to the original payload: " + changed));
                }
            }
        }
    }

    @Test
    void aadEncodingIsUnambiguous() {
        byte[] joinedLeft = Aad.encode("p1", 1, SealContext.of("t", "c", "a|b", "c"));
        byte[] joinedRight = Aad.encode("p1", 1, SealContext.of("t", "c", "a", "b|c"));
        assertFalse(Arrays.equals(joinedLeft, joinedRight));
        assertFalse(Arrays.equals(
                Aad.encode("p1", 1, SealContext.of("ab", "c")), Aad.encode("p1", 1, SealContext.of("a", "bc"))));
    }

    @Test
    void everyAadFieldChangesTheEncoding() {
        byte[] base = Aad.encode("p1", 1, SealContext.of("table", "column", "tenant", "user", "provider"));
        assertNotEquals(
                Arrays.toString(base),
                Arrays.toString(Aad.encode("p2", 1, SealContext.of("table", "column", "tenant", "user", "provider"))));
        assertNotEquals(
                Arrays.toString(base),
                Arrays.toString(Aad.encode("p1", 2, SealContext.of("table", "column", "tenant", "user", "provider"))));
        assertNotEquals(
                Arrays.toString(base),
                Arrays.toString(Aad.encode("p1", 1, SealContext.of("other", "column", "tenant", "user", "provider"))));
        assertNotEquals(
                Arrays.toString(base),
                Arrays.toString(Aad.encode("p1", 1, SealContext.of("table", "other", "tenant", "user", "provider"))));
        assertNotEquals(
                Arrays.toString(base),
                Arrays.toString(Aad.encode("p1", 1, SealContext.of("table", "column", "other", "user", "provider"))));
        assertNotEquals(
                Arrays.toString(base),
                Arrays.toString(Aad.encode("p1", 1, SealContext.of("table", "column", "tenant", "other", "provider"))));
        assertNotEquals(
                Arrays.toString(base),
                Arrays.toString(Aad.encode("p1", 1, SealContext.of("table", "column", "tenant", "user", "other"))));
    }

    @Test
    void sealedValuesNeverPrintTheirSecret() {
        Sealed pending = Sealed.of("super-secret-token", SealContext.of("t", "c"));
        assertEquals("Sealed[pending]", pending.toString());
        assertEquals(
                "Sealed[v3]",
                Sealed.fromDatabase(new Envelope(3, new byte[28]).text()).toString());
        assertFalse(SealContext.of("t", "c", "id").place().contains("id"));
    }

    @Test
    void digestsAreHexSha256AndCompareInConstantTime() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Digests.sha256Hex("abc"));
        assertTrue(Digests.matches(Digests.sha256Hex("k"), Digests.sha256Hex("k")));
        assertFalse(Digests.matches(Digests.sha256Hex("k"), Digests.sha256Hex("l")));
        assertFalse(Digests.matches(null, "x"));
        assertEquals(43, Digests.randomToken(32).length());
        assertNotEquals(Digests.randomToken(32), Digests.randomToken(32));
    }
}
