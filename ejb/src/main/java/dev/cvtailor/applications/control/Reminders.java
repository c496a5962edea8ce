package dev.cvtailor.applications.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import dev.cvtailor.applications.entity.ApplicationStatus;
import dev.cvtailor.applications.entity.JobApplication;

/**
 * Which nudge an application is due, at a given moment: its follow-up date has come and the user was not yet
 * nudged for that date; or, when the user asked for it, it has stood 10 days in Applied with no change and they
 * were not nudged about it since.
 */
public final class Reminders {

    public static final Duration QUIET = Duration.ofDays(10);

    public enum Nudge {
        FOLLOW_UP, QUIET
    }

    private Reminders() {
    }

    public static Optional<Nudge> due(JobApplication a, LocalDate today, Instant now) {
        if (a.getFollowUpOn() != null && !a.getFollowUpOn().isAfter(today)
                && !a.getFollowUpOn().equals(a.getFollowUpNudgedOn()) && isOpen(a.getStatus())) {
            return Optional.of(Nudge.FOLLOW_UP);
        }
        if (a.isNudgeWhenQuiet() && a.getStatus() == ApplicationStatus.APPLIED && a.getQuietNudgedAt() == null
                && !a.getStatusSince().plus(QUIET).isAfter(now)) {
            return Optional.of(Nudge.QUIET);
        }
        return Optional.empty();
    }

    private static boolean isOpen(ApplicationStatus status) {
        return status != ApplicationStatus.REJECTED && status != ApplicationStatus.WITHDRAWN;
    }
}
