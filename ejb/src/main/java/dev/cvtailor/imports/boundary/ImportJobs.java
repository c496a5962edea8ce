package dev.cvtailor.imports.boundary;

import java.time.Instant;

import dev.cvtailor.platform.control.JobSchedule;
import dev.cvtailor.platform.control.TimerJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/** The imports' timer job: imports nobody confirmed within 24 hours expire, every fifteen minutes. */
@ApplicationScoped
public class ImportJobs {

    static final String EXPIRE_IMPORTS = "expire-imports";

    @Inject
    ImportService imports;

    @Produces
    TimerJob expireImports() {
        return new TimerJob(EXPIRE_IMPORTS, JobSchedule.everyMinutes(15), () -> imports.expireBefore(Instant.now()));
    }
}
