package dev.cvtailor.notifications.entity;

/** What an e-mail says, to whom. */
public record Mail(String recipient, String subject, String body) {
}
