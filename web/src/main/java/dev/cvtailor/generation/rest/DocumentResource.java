package dev.cvtailor.generation.rest;

import java.util.List;

import dev.cvtailor.generation.boundary.GenerationService;
import dev.cvtailor.generation.entity.DocumentKind;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.platform.rest.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

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

    /** Every version of the document (same kind, same posting), oldest first, without content. */
    @GET
    @Path("{id}/versions")
    public List<DocumentResponse> versions(@PathParam("id") long id) {
        return DocumentResponse.summaries(generation.versions(caller.id(), id));
    }

    @PUT
    @Path("{id}/saved")
    @Consumes(MediaType.APPLICATION_JSON)
    public DocumentResponse saved(@PathParam("id") long id, SavedFlag flag) {
        if (flag == null || flag.saved() == null) {
            throw ApplicationProblem.invalidField("saved", "must be true or false");
        }
        return DocumentResponse.of(generation.save(caller.id(), id, flag.saved()));
    }

    @POST
    @Path("{id}/rating")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response rate(@PathParam("id") long id, DocumentRating rating) {
        if (rating == null) {
            throw ApplicationProblem.invalidField("score", "must be a whole number from 1 to 10");
        }
        generation.rate(caller.id(), id, rating.score(), rating.comment());
        return Response.noContent().build();
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
