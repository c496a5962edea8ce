package dev.cvtailor.platform.boundary;

import dev.cvtailor.platform.control.JobSchedule;
import dev.cvtailor.platform.control.TimerJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/**
 * The platform's timer jobs: past rate-limit windows dropped hourly; yesterday's summary shortly after midnight and
 * last week's quality report early on Monday (UTC).
 */
@ApplicationScoped
public class PlatformJobs {

    static final String PURGE_RATE_LIMIT_WINDOWS = "purge-rate-limit-windows";
    static final String DAILY_REPORT = "daily-report";
    static final String WEEKLY_REPORT = "weekly-report";

    @Inject
    RateLimits rateLimits;

    @Inject
    QualityReports reports;

    @Produces
    TimerJob purgeRateLimitWindows() {
        return new TimerJob(PURGE_RATE_LIMIT_WINDOWS, JobSchedule.hourlyAt(7), rateLimits::purgePastWindows);
    }

    @Produces
    TimerJob dailyReport() {
        return new TimerJob(DAILY_REPORT, JobSchedule.dailyAt(0, 15), reports::summariseYesterday);
    }

    @Produces
    TimerJob weeklyReport() {
        return new TimerJob(WEEKLY_REPORT, JobSchedule.weeklyAt("Mon", 0, 30), reports::reportLastWeek);
    }
}
