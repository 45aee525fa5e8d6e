package io.pierre.data.crypto;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void hashesAreArgon2idWithOwaspParametersAndVerify() {
        String hash = PasswordHasher.hash("correct horse battery staple");
        assertTrue(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash);
        assertTrue(PasswordHasher.matches("correct horse battery staple", hash));
        assertFalse(PasswordHasher.matches("Correct horse battery staple", hash));
        assertFalse(PasswordHasher.matches("x", "$2b$12$bcrypt"));
        assertNotEquals(hash, PasswordHasher.hash("correct horse battery staple"), "random salt");
    }
}
