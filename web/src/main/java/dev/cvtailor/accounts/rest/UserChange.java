package dev.cvtailor.accounts.rest;

/** The body of {@code PATCH /admin/users/{id}}: a new role, enabled or not; either may be left out. */
public record UserChange(String role, Boolean enabled) {
}
