package dev.cvtailor.matching.rest;

import dev.cvtailor.matching.boundary.MatchingService;
import dev.cvtailor.matching.entity.MatchReport;
import dev.cvtailor.matching.entity.MatchRequest;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.platform.rest.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code POST /match}: how well the caller's artifacts answer a posting, with every number explained. The
 * keywords no artifact backs tell the user which artifact to add; they never go into a document.
 */
@Path("match")
@RolesAllowed({"user", "admin"})
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MatchResource {

    @Inject
    MatchingService matching;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public MatchReport match(MatchRequest request) {
        if (request == null) {
            throw new ApplicationProblem(ApplicationProblem.Kind.INVALID_INPUT,
                    "Give jobDescriptionId or jobDescription");
        }
        return matching.match(caller.id(), request);
    }
}
