package dev.cvtailor.platform.control;

import java.util.logging.Logger;

import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import jakarta.ejb.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The runs of the timer jobs. They are persistent EJB timers in the shared database, so each firing runs on one
 * replica only: counted per job for /metrics ({@code cvtailor.timer.runs}), and traced at FINE with the firing's
 * next timeout, which names the firing across replicas ({@code dev.cvtailor.platform.control.TimerRuns=fine}).
 */
@ApplicationScoped
public class TimerRuns {

    public static final String RUNS = "cvtailor.timer.runs";
    public static final String RECOVER_STALLED_DOCUMENTS = "recover-stalled-documents";
    public static final String REVALIDATE_EVIDENCE = "revalidate-evidence";
    public static final String PURGE_RATE_LIMIT_WINDOWS = "purge-rate-limit-windows";
    public static final String PURGE_REVOKED_TOKENS = "purge-revoked-tokens";
    public static final String RECOVER_LOST_MAILS = "recover-lost-mails";
    public static final String EXPIRE_IMPORTS = "expire-imports";
    public static final String REMIND_APPLICATIONS = "remind-applications";
    public static final String PURGE_DOCUMENTS = "purge-unsaved-documents";
    public static final String PURGE_EXPORT_LOGS = "purge-export-logs";
    public static final String AGGREGATE_AUDIT = "aggregate-audit-events";
    public static final String DAILY_REPORT = "daily-report";
    public static final String WEEKLY_REPORT = "weekly-report";
    public static final String[] JOBS = {RECOVER_STALLED_DOCUMENTS, REVALIDATE_EVIDENCE, PURGE_RATE_LIMIT_WINDOWS,
        PURGE_REVOKED_TOKENS, RECOVER_LOST_MAILS, EXPIRE_IMPORTS, REMIND_APPLICATIONS, PURGE_DOCUMENTS,
        PURGE_EXPORT_LOGS, AGGREGATE_AUDIT, DAILY_REPORT, WEEKLY_REPORT};

    private static final Logger LOG = Logger.getLogger(TimerRuns.class.getName());

    @Inject
    MetricRegistry registry;

    public void ran(String job, Timer timer) {
        registry.counter(RUNS, new Tag("job", job)).inc();
        LOG.fine(() -> "Timer job " + job + " ran; next at " + timer.getNextTimeout().toInstant());
    }
}
