package dev.cvtailor.audit.boundary;

import java.time.Instant;

import dev.cvtailor.platform.control.JobSchedule;
import dev.cvtailor.platform.control.TimerJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/** The audit's timer job: every night, audit events past their retention become daily counts. */
@ApplicationScoped
public class AuditJobs {

    static final String AGGREGATE_AUDIT = "aggregate-audit-events";

    @Inject
    AuditTrail audit;

    @Produces
    TimerJob aggregateAuditEvents() {
        return new TimerJob(AGGREGATE_AUDIT, JobSchedule.dailyAt(2, 53), () -> audit.aggregate(Instant.now()));
    }
}
