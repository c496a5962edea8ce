package dev.cvtailor.notifications.entity;

/** The events that notify someone. */
public enum NotificationKind {
    INVITATION, SUBMITTED, COMMENT, CHANGES_REQUESTED, APPROVED, FOLLOW_UP, QUIET_APPLICATION
}
