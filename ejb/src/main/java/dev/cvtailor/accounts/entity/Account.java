package dev.cvtailor.accounts.entity;

/** What the rest of the application knows of a signed-in user. */
public record Account(long id, String email, Role role) {
}
