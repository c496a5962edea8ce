package dev.cvtailor.generation.rest;

import java.util.List;

import dev.cvtailor.generation.boundary.GenerationService;
import dev.cvtailor.generation.entity.DocumentKind;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.platform.rest.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("documents")
@RolesAllowed({"user", "admin"})
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    @Inject
    GenerationService generation;

    @Inject
    Caller caller;

    @GET
    public List<DocumentResponse> list(@QueryParam("kind") String kind, @QueryParam("jobDescriptionId") Long jobDescriptionId) {
        return DocumentResponse.summaries(generation.list(caller.id(), kind(kind), jobDescriptionId));
    }

    @GET
    @Path("{id}")
    public DocumentResponse find(@PathParam("id") long id) {
        return DocumentResponse.of(generation.find(caller.id(), id));
    }

    private static DocumentKind kind(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return DocumentKind.ofCode(code);
        } catch (IllegalArgumentException e) {
            throw ApplicationProblem.invalidField("kind", "must be cv or cover_letter");
        }
    }
}
