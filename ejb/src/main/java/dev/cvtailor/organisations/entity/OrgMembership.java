package dev.cvtailor.organisations.entity;

/** The organisation a user belongs to and their role there. */
public record OrgMembership(long organisationId, String name, OrgRole role) {
}
