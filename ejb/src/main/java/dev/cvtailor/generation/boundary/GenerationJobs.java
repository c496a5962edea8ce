package dev.cvtailor.generation.boundary;

import java.time.Instant;

import dev.cvtailor.platform.control.JobSchedule;
import dev.cvtailor.platform.control.TimerJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/** The generation's timer jobs: stalled documents queued again, every minute; unsaved documents purged, hourly. */
@ApplicationScoped
public class GenerationJobs {

    static final String RECOVER_STALLED_DOCUMENTS = "recover-stalled-documents";
    static final String PURGE_DOCUMENTS = "purge-unsaved-documents";

    @Inject
    GenerationService generation;

    @Produces
    TimerJob recoverStalledDocuments() {
        return new TimerJob(RECOVER_STALLED_DOCUMENTS, JobSchedule.everyMinutes(1), generation::recoverStalled);
    }

    @Produces
    TimerJob purgeUnsavedDocuments() {
        return new TimerJob(PURGE_DOCUMENTS, JobSchedule.hourlyAt(41), () -> generation.purgeUnsaved(Instant.now()));
    }
}
