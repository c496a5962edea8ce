package dev.cvtailor.notifications.entity;

import java.time.Instant;

/** A notification as its reader sees it. */
public record NotificationView(long id, NotificationKind kind, Long reviewId, String text, Instant createdAt,
        boolean read) {

    public static NotificationView of(Notification notification) {
        return new NotificationView(notification.getId(), notification.getKind(), notification.getReviewId(),
                notification.getText(), notification.getCreatedAt(), notification.getReadAt() != null);
    }
}
