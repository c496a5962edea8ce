package dev.cvtailor.evidence.boundary;

import dev.cvtailor.platform.control.JobSchedule;
import dev.cvtailor.platform.control.TimerJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/** The evidence's timer job: the links due a check are queued every ten minutes. */
@ApplicationScoped
public class EvidenceJobs {

    static final String REVALIDATE_EVIDENCE = "revalidate-evidence";

    @Inject
    EvidenceService evidence;

    @Produces
    TimerJob revalidateEvidence() {
        return new TimerJob(REVALIDATE_EVIDENCE, JobSchedule.everyMinutes(10), evidence::revalidateDue);
    }
}
