package dev.cvtailor.accounts.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * What a password must be: at least 12 characters (a passphrase of a few words is the easy way there), at most
 * 256, not one of the most common passwords even with digits or symbols tacked on, not one repeated character,
 * and not the email's own name.
 */
@ApplicationScoped
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;
    private static final String COMMON_PASSWORDS = "/dev/cvtailor/accounts/common-passwords.txt";

    private final Set<String> common = load();

    /** Why the password is refused, or nothing when it is acceptable. */
    public Optional<String> weakness(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("must have at least " + MIN_LENGTH + " characters; a passphrase of a few words is easy to remember");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("must have at most " + MAX_LENGTH + " characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String core = lower.replaceAll("[^\\p{L}]+$", "").replaceAll("^[^\\p{L}]+", "");
        if (common.contains(lower) || common.contains(core) || common.contains(lower.replace(" ", ""))) {
            return Optional.of("is one of the most common passwords");
        }
        if (lower.chars().distinct().count() < 4) {
            return Optional.of("needs more different characters");
        }
        String name = email == null ? "" : email.toLowerCase(Locale.ROOT).replaceAll("@.*", "");
        if (name.length() >= 4 && lower.contains(name)) {
            return Optional.of("must not contain your email address");
        }
        return Optional.empty();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(16_384);
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.startsWith("#") && !line.isBlank()).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException("The list of common passwords is missing from the application", e);
        }
        return words;
    }
}
