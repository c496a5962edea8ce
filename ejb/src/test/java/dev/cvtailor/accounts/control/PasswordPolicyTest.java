package dev.cvtailor.accounts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery staple", "Tr0ub4dor&3-extended", "ünïcødé pässwörd"})
    void acceptsLongUncommonPasswordsAndPassphrases(String password) {
        assertEquals(Optional.empty(), policy.weakness(password, "ada@example.com"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "Password123!", "qwertyuiop12", "1q2w3e4r5t6y", "!!dragon2024!!", "iloveyou 123"})
    void refusesCommonPasswordsEvenWithDigitsOrSymbolsAdded(String password) {
        assertTrue(policy.weakness(password, "ada@example.com").orElse("").contains("common"), password);
    }

    @ParameterizedTest
    @ValueSource(strings = {"short", "elevenchars"})
    void refusesShortPasswords(String password) {
        assertTrue(policy.weakness(password, null).orElse("").contains("at least 12"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaaaa", "abababababababab"})
    void refusesRepetitivePasswords(String password) {
        assertTrue(policy.weakness(password, null).isPresent(), password);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lovelace is my password", "my LOVELACE secret 42"})
    void refusesPasswordsThatContainTheEmailName(String password) {
        assertTrue(policy.weakness(password, "lovelace@example.com").orElse("").contains("email"));
    }

    @ParameterizedTest
    @ValueSource(ints = {257, 1000})
    void refusesOverlongPasswords(int length) {
        assertTrue(policy.weakness("x1y2".repeat(length / 4 + 1), null).orElse("").contains("at most"));
    }
}
