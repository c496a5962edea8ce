package dev.cvtailor.organisations.entity;

/** Someone of the same organisation a member may address, by account id and email. */
public record Colleague(long userId, String email) {
}
