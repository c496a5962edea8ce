package dev.cvtailor.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class TimerJobPlanTest {

    /** A timer as the plan sees it: its info (what an EJB timer's getInfo() returns). */
    record FakeTimer(Object info) {
    }

    static final TimerJob STALLED = new TimerJob("recover-stalled-documents", JobSchedule.everyMinutes(1), () -> { });
    static final TimerJob WEEKLY = new TimerJob("weekly-report", JobSchedule.weeklyAt("Mon", 0, 30), () -> { });
    static final List<TimerJob> JOBS = List.of(STALLED, WEEKLY);

    private static TimerJobPlan<FakeTimer> plan(FakeTimer... timers) {
        return TimerJobPlan.of(JOBS, Arrays.asList(timers), (Function<FakeTimer, Object>) FakeTimer::info);
    }

    @Test
    void makesEveryJobOnAnEmptyDatabase() {
        TimerJobPlan<FakeTimer> plan = plan();
        assertEquals(JOBS, plan.toCreate());
        assertTrue(plan.toCancel().isEmpty());
    }

    @Test
    void leavesAnUpToDateDatabaseAlone() {
        assertTrue(plan(new FakeTimer(STALLED.info()), new FakeTimer(WEEKLY.info())).isEmpty());
    }

    @Test
    void makesAJobAddedByAnUpgradeAndCancelsTheAutomaticTimersOfTheEarlierRelease() {
        FakeTimer automatic = new FakeTimer(null);
        FakeTimer stalled = new FakeTimer(STALLED.info());
        TimerJobPlan<FakeTimer> plan = plan(automatic, stalled, new FakeTimer(""));
        assertEquals(List.of(WEEKLY), plan.toCreate());
        assertEquals(2, plan.toCancel().size());
        assertTrue(plan.toCancel().contains(automatic));
    }

    @Test
    void replacesAJobWhoseScheduleChanged() {
        FakeTimer before = new FakeTimer(new TimerJob("weekly-report", JobSchedule.weeklyAt("Sun", 23, 0), null).info());
        TimerJobPlan<FakeTimer> plan = plan(new FakeTimer(STALLED.info()), before);
        assertEquals(List.of(WEEKLY), plan.toCreate());
        assertEquals(List.of(before), plan.toCancel());
    }

    @Test
    void cancelsTheSecondTimerOfAJobAndAJobNoLongerDeclared() {
        FakeTimer first = new FakeTimer(STALLED.info());
        FakeTimer second = new FakeTimer(STALLED.info());
        FakeTimer dropped = new FakeTimer(new TimerJob("old-job", JobSchedule.hourlyAt(5), null).info());
        TimerJobPlan<FakeTimer> plan = plan(first, second, new FakeTimer(WEEKLY.info()), dropped);
        assertTrue(plan.toCreate().isEmpty());
        assertEquals(new ArrayList<>(List.of(second, dropped)), plan.toCancel());
    }

    @Test
    void readsTheJobNameBackFromATimersInfo() {
        assertEquals("weekly-report", TimerJob.nameIn(WEEKLY.info()).orElseThrow());
        assertTrue(TimerJob.nameIn(null).isEmpty());
        assertTrue(TimerJob.nameIn("an automatic timer's info").isEmpty());
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
