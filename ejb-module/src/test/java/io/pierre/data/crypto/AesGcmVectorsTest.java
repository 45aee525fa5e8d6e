package io.pierre.data.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import javax.crypto.AEADBadTagException;
import org.junit.jupiter.api.Test;

/** AES-256-GCM against the published test vectors of the GCM specification (McGrew & Viega, cases 13, 14, 16). */
class AesGcmVectorsTest {

    private static byte[] hex(String text) {
        return HexFormat.of().parseHex(text);
    }

    private static void assertOpens(String key, String iv, String aad, String ciphertext, String tag, String plaintext)
            throws Exception {
        byte[] sealed = hex(iv + ciphertext + tag);
        assertArrayEquals(hex(plaintext), AesGcm.open(AesGcm.key(hex(key)), hex(aad), sealed));
        sealed[sealed.length - 1] ^= 1;
        assertThrows(AEADBadTagException.class, () -> AesGcm.open(AesGcm.key(hex(key)), hex(aad), sealed));
    }

    @Test
    void case13EmptyPlaintext() throws Exception {
        assertOpens("0".repeat(64), "0".repeat(24), "", "", "530f8afbc74536b9a963b4f1c4cb738b", "");
    }

    @Test
    void case14OneBlock() throws Exception {
        assertOpens(
                "0".repeat(64),
                "0".repeat(24),
                "",
                "cea7403d4d606b6e074ec5d3baf39d18",
                "d0d1c8a799996bf0265b98b5d48ab919",
                "0".repeat(32));
    }

    @Test
    void case16WithAdditionalData() throws Exception {
        assertOpens(
                "feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308",
                "cafebabefacedbaddecaf888",
                "feedfacedeadbeeffeedfacedeadbeefabaddad2",
                "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662",
                "76fc6ece0f4e1768cddf8853bb2d551b",
                "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
    }
}
