package dev.cvtailor.evidence.rest;

import java.time.Duration;
import java.util.List;

import dev.cvtailor.evidence.boundary.EvidenceService;
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
        Duration horizon = QueryParameters.horizon("within", within, LONGEST);
        List<Long> queued = evidence.revalidate(horizon);
        return new Revalidation(queued.size(), queued);
    }
}
