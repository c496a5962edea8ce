package dev.cvtailor.export.boundary;

import java.time.Instant;

import dev.cvtailor.platform.control.JobSchedule;
import dev.cvtailor.platform.control.TimerJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/** The export's timer job: every night, export logs past their retention become monthly counts. */
@ApplicationScoped
public class ExportJobs {

    static final String PURGE_EXPORT_LOGS = "purge-export-logs";

    @Inject
    ExportService exports;

    @Produces
    TimerJob purgeExportLogs() {
        return new TimerJob(PURGE_EXPORT_LOGS, JobSchedule.dailyAt(2, 47), () -> exports.purgeLogs(Instant.now()));
    }
}
