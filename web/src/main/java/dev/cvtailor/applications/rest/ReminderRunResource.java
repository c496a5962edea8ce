package dev.cvtailor.applications.rest;

import java.time.Duration;
import java.time.Instant;

import dev.cvtailor.applications.boundary.ApplicationService;
import dev.cvtailor.platform.rest.QueryParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * For admins: send the application reminders now instead of waiting for the hourly timer, for what falls due within
 * {@code within} (an ISO-8601 duration, default {@code PT0S}; {@code P10D} brings the next ten days' nudges forward).
 */
@Path("admin/applications/reminders")
@RolesAllowed("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReminderRunResource {

    static final Duration LONGEST = Duration.ofDays(366);

    @Inject
    ApplicationService applications;

    /** How many nudges this call sent. */
    public record ReminderRun(int sent) {
    }

    @POST
    public ReminderRun run(@QueryParam("within") String within) {
        Duration horizon = QueryParameters.horizon("within", within, LONGEST);
        return new ReminderRun(applications.remind(Instant.now().plus(horizon)));
    }
}
