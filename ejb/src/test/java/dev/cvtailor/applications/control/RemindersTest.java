package dev.cvtailor.applications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.cvtailor.applications.control.Reminders.Nudge;
import dev.cvtailor.applications.entity.ApplicationStatus;
import dev.cvtailor.applications.entity.JobApplication;

/** Which nudge is due, on a clock the test holds. */
class RemindersTest {

    private static final Instant APPLIED = Instant.parse("2026-12-01T09:00:00Z");

    private static JobApplication application(LocalDate followUp, boolean nudgeWhenQuiet, ApplicationStatus status) {
        JobApplication a = new JobApplication(1, "Northwind", "Engineer", status, APPLIED);
        a.describe("Northwind", "Engineer", null, null, null, "Call Grace", followUp, null, null, nudgeWhenQuiet, APPLIED);
        return a;
    }

    private static Optional<Nudge> at(JobApplication a, Instant now) {
        return Reminders.due(a, now.atZone(ZoneOffset.UTC).toLocalDate(), now);
    }

    @Test
    void aFollowUpIsDueOnItsDateOnceAndNotAfterARefusal() {
        JobApplication a = application(LocalDate.of(2026, 12, 5), false, ApplicationStatus.APPLIED);
        assertEquals(Optional.empty(), at(a, Instant.parse("2026-12-04T23:59:00Z")));
        assertEquals(Optional.of(Nudge.FOLLOW_UP), at(a, Instant.parse("2026-12-05T00:30:00Z")));
        a.nudgedForFollowUp();
        assertEquals(Optional.empty(), at(a, Instant.parse("2026-12-06T00:30:00Z")), "once per date");
        a.describe("Northwind", "Engineer", null, null, null, null, LocalDate.of(2026, 12, 9), null, null, false, APPLIED);
        assertEquals(Optional.of(Nudge.FOLLOW_UP), at(a, Instant.parse("2026-12-09T08:00:00Z")), "a new date, a new nudge");
        a.moveTo(ApplicationStatus.REJECTED, Instant.parse("2026-12-08T08:00:00Z"));
        assertEquals(Optional.empty(), at(a, Instant.parse("2026-12-09T08:00:00Z")), "nothing to follow up once closed");
    }

    @Test
    void tenQuietDaysInAppliedNudgeOnlyThoseWhoAskedAndOnlyOnce() {
        for (boolean asked : List.of(true, false)) {
            JobApplication a = application(null, asked, ApplicationStatus.APPLIED);
            assertEquals(Optional.empty(), at(a, APPLIED.plus(Duration.ofDays(10)).minusSeconds(1)));
            assertEquals(asked ? Optional.of(Nudge.QUIET) : Optional.empty(), at(a, APPLIED.plus(Duration.ofDays(10))));
            a.nudgedForQuiet(APPLIED.plus(Duration.ofDays(10)));
            assertEquals(Optional.empty(), at(a, APPLIED.plus(Duration.ofDays(30))));
        }
        JobApplication interviewing = application(null, true, ApplicationStatus.INTERVIEWING);
        assertEquals(Optional.empty(), at(interviewing, APPLIED.plus(Duration.ofDays(30))), "only while in Applied");
    }
}
