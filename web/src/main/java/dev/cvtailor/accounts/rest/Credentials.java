package dev.cvtailor.accounts.rest;

/** The body of register and login; an invite code only for registering where registration is invite-only. */
public record Credentials(String email, String password, String inviteCode) {
}
