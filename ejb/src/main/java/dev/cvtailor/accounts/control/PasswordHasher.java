package dev.cvtailor.accounts.control;

import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Hashes and checks passwords with Jakarta Security's PBKDF2 (HMAC-SHA-512, OWASP's iteration count).
 * A check for an unknown account still does the work of one, so timing does not tell which emails exist.
 */
@ApplicationScoped
public class PasswordHasher {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = "cvtailor.password.iterations", defaultValue = "210000")
    int iterations;

    private String decoyHash;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoyHash = pbkdf2.generate("not-a-real-password".toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return pbkdf2.verify(password.toCharArray(), hash);
    }

    /** Spends the time of a real check, for a login whose account does not exist. */
    public void spendCheckTime(String password) {
        pbkdf2.verify(password.toCharArray(), decoyHash);
    }
}
