package dev.cvtailor.platform.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Encrypts values at rest (evidence URLs, an application's contacts) with AES-256-GCM. Keys come from
 * {@code CVTAILOR_EVIDENCE_KEYS} ({@code id:base64key,...}, the first one encrypts, all of them decrypt, so a key
 * can be rotated in), or from a key file generated under the data directory on first use. Each value is
 * {@code keyId:base64(iv||ciphertext)}.
 */
@ApplicationScoped
public class AtRestCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    @Inject
    @ConfigProperty(name = "cvtailor.evidence.keys")
    Optional<String> configuredKeys;

    @Inject
    @ConfigProperty(name = "cvtailor.data.dir")
    String dataDir;

    private final SecureRandom random = new SecureRandom();
    private Map<String, SecretKey> keys;
    private String currentKeyId;

    @PostConstruct
    void loadKeys() {
        String spec = configuredKeys.filter(k -> !k.isBlank()).orElseGet(this::keyFile);
        keys = new LinkedHashMap<>();
        for (String entry : spec.split(",")) {
            String[] parts = entry.strip().split(":", 2);
            if (parts.length != 2) {
                throw new IllegalStateException("Evidence keys must be written id:base64key,...");
            }
            byte[] key = Base64.getDecoder().decode(parts[1].strip());
            if (key.length != 32) {
                throw new IllegalStateException("Evidence key " + parts[0] + " must be 32 bytes (AES-256)");
            }
            keys.put(parts[0].strip(), new SecretKeySpec(key, "AES"));
        }
        currentKeyId = keys.keySet().iterator().next();
    }

    public String encrypt(String plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return currentKeyId + ":" + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A URL could not be encrypted", e);
        }
    }

    public String decrypt(String stored) {
        String[] parts = stored.split(":", 2);
        SecretKey key = keys.get(parts[0]);
        if (key == null) {
            throw new IllegalStateException("Evidence key " + parts[0] + " is not configured any more");
        }
        try {
            byte[] all = Base64.getDecoder().decode(parts[1]);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored URL could not be decrypted", e);
        }
    }

    /** The key file under the data directory, made on first use: one machine, one key, nothing to configure. */
    private String keyFile() {
        Path file = Path.of(dataDir, "keys", "evidence.keys");
        try {
            if (!Files.exists(file)) {
                KeyGenerator generator = KeyGenerator.getInstance("AES");
                generator.init(256);
                Files.createDirectories(file.getParent());
                Files.writeString(file, "k1:" + Base64.getEncoder().encodeToString(generator.generateKey().getEncoded()));
                if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                }
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("The evidence key file " + file + " could not be read or made", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is part of every Java runtime", e);
        }
    }
}
