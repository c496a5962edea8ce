package dev.cvtailor.artifacts.rest;

import java.net.URI;

import dev.cvtailor.artifacts.boundary.ArtifactService;
import dev.cvtailor.artifacts.entity.Artifact;
import dev.cvtailor.artifacts.entity.ArtifactDraft;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.platform.rest.Caller;
import dev.cvtailor.platform.rest.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("artifacts")
@RolesAllowed({"user", "admin"})
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ArtifactResource {

    @Inject
    ArtifactService artifacts;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ArtifactDraft draft) {
        if (draft == null) {
            throw new ApplicationProblem(ApplicationProblem.Kind.INVALID_INPUT, "An artifact is required in the body");
        }
        Artifact created = artifacts.create(caller.id(), draft);
        return Response.accepted(ArtifactResponse.of(created))
                .location(URI.create("artifacts/" + created.getId()))
                .build();
    }

    @GET
    public PageResponse<ArtifactResponse> list(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return PageResponse.of(artifacts.list(caller.id(), page, size), ArtifactResponse::of);
    }

    @GET
    @Path("{id}")
    public ArtifactResponse find(@PathParam("id") long id) {
        return ArtifactResponse.of(artifacts.find(caller.id(), id));
    }
}
