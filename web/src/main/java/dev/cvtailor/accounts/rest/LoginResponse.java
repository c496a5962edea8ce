package dev.cvtailor.accounts.rest;

import java.time.Instant;

public record LoginResponse(String token, Instant expiresAt, AccountResponse user) {
}
