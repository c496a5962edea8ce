package dev.cvtailor.accounts.entity;

import java.time.Instant;

/** The answer to a successful login: a bearer token, when it expires, and whose it is. */
public record SignedIn(String token, Instant expiresAt, Account account) {
}
