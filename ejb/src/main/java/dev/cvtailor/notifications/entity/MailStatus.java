package dev.cvtailor.notifications.entity;

/** Where an e-mail stands: waiting on MailQueue, handed to the SMTP server (or the log), or given up on. */
public enum MailStatus {
    PENDING, SENT, FAILED
}
