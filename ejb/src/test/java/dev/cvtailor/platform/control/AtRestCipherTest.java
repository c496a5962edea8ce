package dev.cvtailor.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtRestCipherTest {

    static final String OLD = "k1:" + Base64.getEncoder().encodeToString(new byte[32]);
    static final String NEW = "k2:" + Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    @TempDir
    Path dataDir;

    private AtRestCipher cipher(String keys) {
        AtRestCipher cipher = new AtRestCipher();
        cipher.configuredKeys = Optional.ofNullable(keys);
        cipher.dataDir = dataDir.toString();
        cipher.loadKeys();
        return cipher;
    }

    @Test
    void storesNothingReadableAndReadsItBack() {
        AtRestCipher cipher = cipher(OLD);
        String url = "https://github.com/ada/analytical-engine";
        String stored = cipher.encrypt(url);
        assertFalse(stored.contains("github"), stored);
        assertTrue(stored.startsWith("k1:"));
        assertEquals(url, cipher.decrypt(stored));
        assertNotEquals(stored, cipher.encrypt(url), "a fresh nonce every time");
    }

    @Test
    void rotatesKeysWithoutLosingOldValues() {
        String storedWithOld = cipher(OLD).encrypt("https://example.com/old");
        AtRestCipher rotated = cipher(NEW + "," + OLD);
        assertEquals("https://example.com/old", rotated.decrypt(storedWithOld));
        assertTrue(rotated.encrypt("https://example.com/new").startsWith("k2:"));
        assertThrows(IllegalStateException.class, () -> cipher(NEW).decrypt(storedWithOld), "a retired key is gone");
    }

    @Test
    void refusesTamperedValues() {
        AtRestCipher cipher = cipher(OLD);
        String stored = cipher.encrypt("https://example.com/");
        String tampered = stored.substring(0, stored.length() - 4) + (stored.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(tampered));
    }

    @Test
    void makesAKeyFileOnFirstUseWhenNoneIsConfigured() throws Exception {
        String stored = cipher(null).encrypt("https://example.com/x");
        assertTrue(Files.exists(dataDir.resolve("keys/evidence.keys")));
        assertEquals("https://example.com/x", cipher(null).decrypt(stored), "the same key the next time");
    }
}
