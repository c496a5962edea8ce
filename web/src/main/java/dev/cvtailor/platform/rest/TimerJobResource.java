package dev.cvtailor.platform.rest;

import java.util.List;

import dev.cvtailor.platform.boundary.TimerJobs;
import dev.cvtailor.platform.entity.TimerJobStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The timer jobs for admins: each job's schedule and next run as the shared database holds them. A job without a
 * next run has lost its timer; the next server to start makes it again.
 */
@Path("admin/timer-jobs")
@RolesAllowed("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TimerJobResource {

    @Inject
    TimerJobs timerJobs;

    @GET
    public List<TimerJobStatus> list() {
        return timerJobs.list();
    }
}
