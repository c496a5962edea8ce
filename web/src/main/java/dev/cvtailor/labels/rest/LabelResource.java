package dev.cvtailor.labels.rest;

import java.net.URI;
import java.util.List;

import dev.cvtailor.labels.boundary.LabelService;
import dev.cvtailor.labels.entity.Label;
import dev.cvtailor.labels.entity.LabelDraft;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.platform.rest.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("labels")
@RolesAllowed({"user", "admin"})
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LabelResource {

    @Inject
    LabelService labels;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(LabelDraft draft) {
        Label label = labels.create(caller.id(), required(draft));
        return Response.created(URI.create("labels/" + label.getId())).entity(LabelResponse.of(label)).build();
    }

    @GET
    public List<LabelResponse> list() {
        return labels.list(caller.id()).stream().map(LabelResponse::of).toList();
    }

    @GET
    @Path("{id}")
    public LabelResponse find(@PathParam("id") long id) {
        return LabelResponse.of(labels.find(caller.id(), id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public LabelResponse update(@PathParam("id") long id, LabelDraft draft) {
        return LabelResponse.of(labels.update(caller.id(), id, required(draft)));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        labels.delete(caller.id(), id);
        return Response.noContent().build();
    }

    /** Makes exactly these artifacts carry the label: {@code [artifactId, ...]}. */
    @PUT
    @Path("{id}/artifacts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response assign(@PathParam("id") long id, List<Long> artifactIds) {
        labels.assign(caller.id(), id, artifactIds);
        return Response.noContent().build();
    }

    private static LabelDraft required(LabelDraft draft) {
        if (draft == null) {
            throw new ApplicationProblem(ApplicationProblem.Kind.INVALID_INPUT, "A label is required in the body");
        }
        return draft;
    }
}
