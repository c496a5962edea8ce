package dev.cvtailor.evidence.rest;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;

import dev.cvtailor.evidence.boundary.EvidenceService;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * For admins: run the revalidation now instead of waiting for the timer, for the links due within
 * {@code within} (an ISO-8601 duration, default now: {@code PT0S}; {@code P3D} brings the next three days'
 * checks forward). One batch per call; links another replica holds are left to it.
 */
@Path("admin/evidence/revalidation")
@RolesAllowed("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EvidenceRevalidationResource {

    static final Duration LONGEST = Duration.ofDays(366);

    @Inject
    EvidenceService evidence;

    /** The links this call queued for a check. */
    public record Revalidation(int queued, List<Long> linkIds) {
    }

    @POST
    public Revalidation revalidate(@QueryParam("within") String within) {
        Duration horizon;
        try {
            horizon = within == null || within.isBlank() ? Duration.ZERO : Duration.parse(within.strip());
        } catch (DateTimeParseException e) {
            throw ApplicationProblem.invalidField("within", "must be an ISO-8601 duration such as P3D");
        }
        if (horizon.isNegative() || horizon.compareTo(LONGEST) > 0) {
            throw ApplicationProblem.invalidField("within", "must be between PT0S and P366D");
        }
        List<Long> queued = evidence.revalidate(horizon);
        return new Revalidation(queued.size(), queued);
    }
}
