package dev.cvtailor.evidence.rest;

import java.net.URI;
import java.util.List;

import dev.cvtailor.evidence.boundary.EvidenceService;
import dev.cvtailor.evidence.entity.EvidenceView;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.platform.rest.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("artifacts/{artifactId}/evidence")
@RolesAllowed({"user", "admin"})
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EvidenceResource {

    @Inject
    EvidenceService evidence;

    @Inject
    Caller caller;

    /** Adds a link; it is checked in the background ({@code validationStatus} leaves {@code PENDING}). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("artifactId") long artifactId, EvidenceRequest request) {
        if (request == null) {
            throw ApplicationProblem.invalidField("url", "must not be blank");
        }
        EvidenceView link = evidence.add(caller.id(), artifactId, request.url(), request.kind());
        return Response.created(URI.create("artifacts/" + artifactId + "/evidence/" + link.id()))
                .entity(EvidenceResponse.of(link)).build();
    }

    @GET
    public List<EvidenceResponse> list(@PathParam("artifactId") long artifactId) {
        return evidence.list(caller.id(), artifactId).stream().map(EvidenceResponse::of).toList();
    }

    @DELETE
    @Path("{linkId}")
    public Response remove(@PathParam("artifactId") long artifactId, @PathParam("linkId") long linkId) {
        evidence.remove(caller.id(), artifactId, linkId);
        return Response.noContent().build();
    }

    @POST
    @Path("{linkId}/validate")
    public Response validate(@PathParam("artifactId") long artifactId, @PathParam("linkId") long linkId) {
        evidence.requestCheck(caller.id(), artifactId, linkId);
        return Response.accepted().build();
    }
}
