package dev.cvtailor.applications.rest;

import java.net.URI;
import java.util.List;

import dev.cvtailor.applications.boundary.ApplicationService;
import dev.cvtailor.applications.entity.ApplicationDraft;
import dev.cvtailor.applications.entity.JobApplication;
import dev.cvtailor.applications.entity.SentCopy;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.platform.rest.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The application tracker (API.md, Applications): applications with their status history, the documents used and
 * the copies frozen when sent; CSV out and in. Another user's application is a 404.
 */
@Path("applications")
@RolesAllowed({"user", "admin"})
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationResource {

    @Inject
    ApplicationService applications;

    @Inject
    ApplicationAssembler assembler;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ApplicationDraft draft) {
        long owner = caller.id();
        JobApplication created = applications.create(owner, required(draft));
        return Response.created(URI.create("applications/" + created.getId())).entity(response(owner, created)).build();
    }

    /** {@code ?status=APPLIED&q=acme}. */
    @GET
    public List<ApplicationResponse> list(@QueryParam("status") String status, @QueryParam("q") String q) {
        long owner = caller.id();
        return applications.list(owner, status, q).stream().map(a -> response(owner, a)).toList();
    }

    @GET
    @Path("{id}")
    public ApplicationResponse find(@PathParam("id") long id) {
        long owner = caller.id();
        return response(owner, applications.find(owner, id));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ApplicationResponse update(@PathParam("id") long id, ApplicationDraft draft) {
        long owner = caller.id();
        return response(owner, applications.update(owner, id, required(draft)));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        applications.delete(caller.id(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    public ApplicationResponse status(@PathParam("id") long id, StatusRequest request) {
        if (request == null || request.status() == null) {
            throw ApplicationProblem.invalidField("status", "is required");
        }
        long owner = caller.id();
        return response(owner, applications.changeStatus(owner, id, request.status(), request.note()));
    }

    @PUT
    @Path("{id}/documents")
    @Consumes(MediaType.APPLICATION_JSON)
    public ApplicationResponse documents(@PathParam("id") long id, List<Long> documentIds) {
        long owner = caller.id();
        return response(owner, applications.useDocuments(owner, id, documentIds));
    }

    @GET
    @Path("{id}/sent")
    public List<SentCopyResponse> sent(@PathParam("id") long id) {
        return applications.sentCopies(caller.id(), id).stream().map(SentCopyResponse::of).toList();
    }

    /** The bytes exactly as they were sent. */
    @GET
    @Path("{id}/sent/{sentId}")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        MediaType.APPLICATION_JSON})
    public Response sentFile(@PathParam("id") long id, @PathParam("sentId") long sentId) {
        SentCopy copy = applications.sentCopy(caller.id(), id, sentId);
        String type = "pdf".equals(copy.getFormat()) ? "application/pdf"
                : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        return Response.ok(copy.content(), type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + copy.getFileName() + "\"")
                .header("Digest", "sha-256=" + copy.getSha256())
                .build();
    }

    /** Every row of the CSV becomes an application, or none does: {@code 201 {ids}}, or {@code 400} naming the line. */
    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public Response importCsv(String text) {
        List<Long> ids = applications.importCsv(caller.id(), text).stream().map(JobApplication::getId).toList();
        return Response.status(Response.Status.CREATED).entity(new ImportedApplications(ids)).build();
    }

    /** The applications a CSV made. */
    public record ImportedApplications(List<Long> ids) {
    }

    private ApplicationResponse response(long owner, JobApplication a) {
        return assembler.response(owner, a);
    }

    private static ApplicationDraft required(ApplicationDraft draft) {
        if (draft == null) {
            throw new ApplicationProblem(ApplicationProblem.Kind.INVALID_INPUT, "An application (JSON) is required");
        }
        return draft;
    }
}
