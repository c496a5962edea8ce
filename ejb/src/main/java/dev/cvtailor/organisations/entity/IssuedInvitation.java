package dev.cvtailor.organisations.entity;

/** An invitation just made, with its token: shown once to the inviter and mailed, never stored. */
public record IssuedInvitation(Invitation invitation, String token) {
}
