package dev.cvtailor.applications.boundary;

import java.time.Instant;

import dev.cvtailor.platform.control.JobSchedule;
import dev.cvtailor.platform.control.TimerJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/** The tracker's timer job: owners whose follow-up date has come, or whose application went quiet, are nudged. */
@ApplicationScoped
public class ApplicationJobs {

    static final String REMIND_APPLICATIONS = "remind-applications";

    @Inject
    ApplicationService applications;

    @Produces
    TimerJob remindApplications() {
        return new TimerJob(REMIND_APPLICATIONS, JobSchedule.hourlyAt(23), () -> applications.remind(Instant.now()));
    }
}
