package dev.cvtailor.platform.boundary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import dev.cvtailor.platform.control.TimerJob;
import dev.cvtailor.platform.control.TimerJobPlan;
import dev.cvtailor.platform.control.TimerRuns;
import dev.cvtailor.platform.entity.InstallationSetting;
import dev.cvtailor.platform.entity.TimerJobStatus;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.NoMoreTimeoutsException;
import jakarta.ejb.NoSuchObjectLocalException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Keeps one persistent EJB timer for each {@link TimerJob} the components declare, and runs their firings. Liberty
 * makes an application's automatic ({@code @Schedule}) timers only the first time it starts against a database, so
 * a release that added a job never got it on an upgraded installation; here every start compares the jobs with the
 * timers in the database and makes what is missing, replaces what changed, and cancels what is left over (the
 * automatic timers of earlier releases included). Replicas starting together take turns on a row lock, so none
 * makes a timer another has just made (docs/decisions/029).
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TimerJobs {

    /** The row replicas lock while they bring the timers up to date; it holds when they last did. */
    static final String LOCK = "timer-jobs";

    /**
     * The release of the timer jobs, written into each timer: raise it with every release that adds, drops or
     * reschedules a job, so that an older release's replica (a blue-green overlap) leaves the newer timers alone.
     * The {@code @Schedule} timers of releases up to 2.0 count as 1.
     */
    static final int RELEASE = 2;

    private static final Logger LOG = Logger.getLogger(TimerJobs.class.getName());

    @Resource
    TimerService timerService;

    @PersistenceContext
    EntityManager em;

    @Inject
    @Any
    Instance<TimerJob> declared;

    @Inject
    TimerRuns timerRuns;

    /** The declared jobs by name; set once at start, read by concurrent firings (bean-managed concurrency). */
    private volatile Map<String, TimerJob> jobs = Map.of();

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void schedule() {
        Map<String, TimerJob> byName = new LinkedHashMap<>();
        for (TimerJob job : declared) {
            if (byName.putIfAbsent(job.name(), job) != null) {
                throw new IllegalStateException("Two timer jobs are named " + job.name());
            }
            timerRuns.counted(job.name());
        }
        jobs = Map.copyOf(byName);
        InstallationSetting lock = em.find(InstallationSetting.class, LOCK, LockModeType.PESSIMISTIC_WRITE);
        if (lock == null) {
            throw new IllegalStateException("The row " + LOCK + " of installation_settings is missing (changeset "
                    + "011-timer-jobs makes it)");
        }
        TimerJobPlan<Timer> plan = TimerJobPlan.of(jobs.values(), RELEASE,
                timerService.getAllTimers(), TimerJobs::infoOf);
        for (Timer timer : plan.toCancel()) {
            Object info = infoOf(timer);
            timer.cancel();
            LOG.info(() -> "Cancelled the timer " + (info == null ? "of an automatic job of an earlier release" : info));
        }
        for (TimerJob job : plan.toCreate()) {
            String info = job.info(RELEASE);
            timerService.createCalendarTimer(job.schedule().toExpression(), new TimerConfig(info, true));
            LOG.info(() -> "Scheduled the timer job " + info);
        }
        lock.set(jobs.size() + " jobs", null, Instant.now());
        LOG.info(() -> plan.isEmpty() ? "The " + jobs.size() + " timer jobs were scheduled already"
                : "Timer jobs: " + plan.toCreate().size() + " scheduled, " + plan.toCancel().size() + " cancelled");
    }

    @Timeout
    void fire(Timer timer) {
        Optional<TimerJob.Written> written = TimerJob.read(infoOf(timer));
        Optional<TimerJob> job = written.map(w -> jobs.get(w.name()));
        if (job.isEmpty()) {
            if (written.isPresent() && written.get().release() > RELEASE) {
                LOG.fine(() -> "Left the firing of " + written.get().name() + " alone: a newer release's job");
            } else {
                LOG.warning(() -> "A timer fired that no timer job declares: " + infoOf(timer) + "; a restart cancels it");
            }
            return;
        }
        timerRuns.ran(job.get().name(), timer);
        job.get().work().run();
    }

    /** Every job with its schedule and next run, as the database holds them; a job without a timer has none. */
    public List<TimerJobStatus> list() {
        Map<String, Instant> nextRuns = new LinkedHashMap<>();
        for (Timer timer : timerService.getAllTimers()) {
            TimerJob.read(infoOf(timer)).map(TimerJob.Written::name).filter(jobs::containsKey)
                    .ifPresent(name -> nextRuns.put(name, nextTimeout(timer)));
        }
        List<TimerJobStatus> statuses = new ArrayList<>();
        jobs.values().forEach(job -> statuses.add(
                new TimerJobStatus(job.name(), job.schedule().toString(), nextRuns.get(job.name()))));
        statuses.sort(Comparator.comparing(TimerJobStatus::name));
        return statuses;
    }

    private static Object infoOf(Timer timer) {
        try {
            return timer.getInfo();
        } catch (NoSuchObjectLocalException gone) {
            return null;
        }
    }

    private static Instant nextTimeout(Timer timer) {
        try {
            return timer.getNextTimeout().toInstant();
        } catch (NoMoreTimeoutsException | NoSuchObjectLocalException e) {
            return null;
        }
    }
}
