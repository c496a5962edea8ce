package dev.cvtailor.accounts.rest;

/** The body of register and login. */
public record Credentials(String email, String password) {
}
