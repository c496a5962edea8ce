package dev.cvtailor.accounts.entity;

import java.util.Arrays;
import java.util.Optional;

/** Who may create an account: anyone, holders of an invite code, or nobody (sign-in through a directory still works). */
public enum RegistrationMode {
    OPEN("open"), INVITE_ONLY("invite-only"), CLOSED("closed");

    public final String value;

    RegistrationMode(String value) {
        this.value = value;
    }

    public static Optional<RegistrationMode> named(String value) {
        return Arrays.stream(values()).filter(m -> m.value.equals(value)).findFirst();
    }
}
