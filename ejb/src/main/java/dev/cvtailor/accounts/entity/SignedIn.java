package dev.cvtailor.accounts.entity;

import java.time.Instant;

/** The answer to a successful login: a bearer token, its id (to sign it out), when it expires, and whose it is. */
public record SignedIn(String token, String tokenId, Instant expiresAt, Account account) {
}
