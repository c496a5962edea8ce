package dev.cvtailor.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class TimerJobPlanTest {

    /** A timer as the plan sees it: its info (what an EJB timer's getInfo() returns). */
    record FakeTimer(Object info) {
    }

    static final int RELEASE = 2;
    static final TimerJob STALLED = new TimerJob("recover-stalled-documents", JobSchedule.everyMinutes(1), () -> { });
    static final TimerJob WEEKLY = new TimerJob("weekly-report", JobSchedule.weeklyAt("Mon", 0, 30), () -> { });
    static final List<TimerJob> JOBS = List.of(STALLED, WEEKLY);

    private static TimerJobPlan<FakeTimer> plan(FakeTimer... timers) {
        return TimerJobPlan.of(JOBS, RELEASE, Arrays.asList(timers), FakeTimer::info);
    }

    private static FakeTimer timerOf(TimerJob job, int release) {
        return new FakeTimer(job.info(release));
    }

    @Test
    void makesEveryJobOnAnEmptyDatabase() {
        TimerJobPlan<FakeTimer> plan = plan();
        assertEquals(JOBS, plan.toCreate());
        assertTrue(plan.toCancel().isEmpty());
    }

    @Test
    void leavesAnUpToDateDatabaseAlone() {
        assertTrue(plan(timerOf(STALLED, RELEASE), timerOf(WEEKLY, RELEASE)).isEmpty());
        assertTrue(plan(timerOf(STALLED, 1), timerOf(WEEKLY, RELEASE)).isEmpty(), "an unchanged job from before stays");
    }

    @Test
    void makesAJobAddedByAnUpgradeAndCancelsTheAutomaticTimersOfTheEarlierRelease() {
        FakeTimer automatic = new FakeTimer(null);
        FakeTimer stalled = timerOf(STALLED, RELEASE);
        FakeTimer automaticWithInfo = new FakeTimer("");
        TimerJobPlan<FakeTimer> plan = plan(automatic, stalled, automaticWithInfo);
        assertEquals(List.of(WEEKLY), plan.toCreate());
        assertEquals(List.of(automatic, automaticWithInfo), plan.toCancel());
    }

    @Test
    void replacesAJobWhoseScheduleChanged() {
        FakeTimer before = timerOf(new TimerJob("weekly-report", JobSchedule.weeklyAt("Sun", 23, 0), null), 1);
        TimerJobPlan<FakeTimer> plan = plan(timerOf(STALLED, RELEASE), before);
        assertEquals(List.of(WEEKLY), plan.toCreate());
        assertEquals(List.of(before), plan.toCancel());
    }

    @Test
    void cancelsTheSecondTimerOfAJobAndAJobNoLongerDeclared() {
        FakeTimer first = timerOf(STALLED, RELEASE);
        FakeTimer second = timerOf(STALLED, RELEASE);
        FakeTimer dropped = timerOf(new TimerJob("old-job", JobSchedule.hourlyAt(5), null), 1);
        TimerJobPlan<FakeTimer> plan = plan(first, second, timerOf(WEEKLY, RELEASE), dropped);
        assertTrue(plan.toCreate().isEmpty());
        assertEquals(List.of(second, dropped), plan.toCancel());
    }

    @Test
    void anOlderReleaseLeavesTheTimersOfANewerOneAloneAndDoesNotDoubleThem() {
        // a blue-green overlap: a replica of this release restarts after a newer one rescheduled the weekly report,
        // added a job, and left this release's stall recovery as it was
        FakeTimer newerWeekly = timerOf(new TimerJob("weekly-report", JobSchedule.weeklyAt("Sun", 22, 0), null), 3);
        FakeTimer newerJob = timerOf(new TimerJob("purge-drafts", JobSchedule.hourlyAt(3), null), 3);
        FakeTimer ownWeekly = timerOf(WEEKLY, RELEASE);
        TimerJobPlan<FakeTimer> plan = plan(ownWeekly, timerOf(STALLED, RELEASE), newerWeekly, newerJob);
        assertTrue(plan.toCreate().isEmpty(), () -> "made " + plan.toCreate());
        assertEquals(List.of(ownWeekly), plan.toCancel(), "the job's one timer is the newer release's");
    }

    @Test
    void readsWhatATimersInfoSays() {
        TimerJob.Written written = TimerJob.read(WEEKLY.info(RELEASE)).orElseThrow();
        assertEquals(new TimerJob.Written("weekly-report", "minute=30 hour=0 dayOfWeek=Mon UTC", RELEASE), written);
        assertTrue(TimerJob.read(null).isEmpty());
        assertTrue(TimerJob.read("an automatic timer's info").isEmpty());
    }

    @Test
    void schedulesInUtcAtTheFullMinute() {
        var expression = JobSchedule.weeklyAt("Mon", 0, 30).toExpression();
        assertEquals("UTC", expression.getTimezone());
        assertEquals("0", expression.getSecond());
        assertEquals("30", expression.getMinute());
        assertEquals("Mon", expression.getDayOfWeek());
        assertEquals("*/5", JobSchedule.everyMinutes(5).toExpression().getMinute());
    }
}
