package dev.cvtailor.organisations.entity;

/** One line of a bulk invitation file: {@code email,role,cohort} (the cohort optional), with its line number. */
public record InvitationRow(long line, String email, String role, String cohort) {
}
