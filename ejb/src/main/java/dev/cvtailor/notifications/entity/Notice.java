package dev.cvtailor.notifications.entity;

/** Something to tell one user: a line under their bell and, when {@code mailSubject} is given, an e-mail too. */
public record Notice(long userId, NotificationKind kind, Long reviewId, String text, String mailSubject,
        String mailBody) {
}
