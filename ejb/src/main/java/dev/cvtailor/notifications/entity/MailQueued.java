package dev.cvtailor.notifications.entity;

/** A mail row was written; once its transaction commits, its id goes on MailQueue. */
public record MailQueued(long mailId) {
}
