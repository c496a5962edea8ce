package dev.cvtailor.generation.rest;

import java.net.URI;

import dev.cvtailor.generation.boundary.GenerationService;
import dev.cvtailor.generation.entity.GeneratedDocument;
import dev.cvtailor.generation.entity.GenerationRequest;
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
import jakarta.ws.rs.core.Response;

@Path("generate")
@RolesAllowed({"user", "admin"})
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class GenerationResource {

    @Inject
    GenerationService generation;

    @Inject
    Caller caller;

    /** Queues a CV for the job description: {@code 202} with the document's address to poll. */
    @POST
    @Path("cv")
    public Response cv(GenerationRequest request) {
        return accepted(generation.requestCv(caller.id(), required(request)));
    }

    /** Queues a cover letter for the job description: {@code 202} with the document's address to poll. */
    @POST
    @Path("cover-letter")
    public Response coverLetter(GenerationRequest request) {
        return accepted(generation.requestCoverLetter(caller.id(), required(request)));
    }

    private static GenerationRequest required(GenerationRequest request) {
        if (request == null) {
            throw new ApplicationProblem(ApplicationProblem.Kind.INVALID_INPUT,
                    "A generation request is required in the body");
        }
        return request;
    }

    private static Response accepted(GeneratedDocument document) {
        return Response.accepted(new GenerationAccepted(document.getId(), document.getKind().code,
                        document.getStatus().name()))
                .location(URI.create("documents/" + document.getId()))
                .build();
    }
}
