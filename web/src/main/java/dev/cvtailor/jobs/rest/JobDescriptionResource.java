package dev.cvtailor.jobs.rest;

import java.net.URI;
import java.util.List;

import dev.cvtailor.jobs.boundary.JobDescriptionService;
import dev.cvtailor.jobs.entity.JobDescription;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.platform.rest.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Job descriptions: stored once per text and user, parsed into requirements and weighted keywords. */
@Path("job-descriptions")
@RolesAllowed({"user", "admin"})
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class JobDescriptionResource {

    static final int MAX_FIELD = 300;

    @Inject
    JobDescriptionService jobs;

    @Inject
    Caller caller;

    /**
     * {@code 201} with the parse; the same text again gives the same row (and {@code hash}). With a {@code url}
     * and no text, the posting is read from the page (its JobPosting JSON-LD, else its text).
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(JobDescriptionRequest request) {
        if (request == null) {
            throw new ApplicationProblem(ApplicationProblem.Kind.INVALID_INPUT, "A job description is required");
        }
        requireShort(request.title(), "title");
        requireShort(request.company(), "company");
        if (request.url() != null && request.url().length() > 2048) {
            throw ApplicationProblem.invalidField("url", "must have at most 2048 characters");
        }
        boolean fromPage = (request.text() == null || request.text().isBlank()) && request.url() != null
                && !request.url().isBlank();
        JobDescription jd = fromPage
                ? jobs.registerFromPage(caller.id(), request.url().strip(), request.title(), request.company())
                : jobs.register(caller.id(), "text", request.text(), request.title(), request.company(),
                        request.url());
        return Response.created(URI.create("job-descriptions/" + jd.getId())).entity(JobDescriptionResponse.of(jd))
                .build();
    }

    @GET
    public List<JobDescriptionResponse> list() {
        return jobs.all(caller.id()).stream().map(JobDescriptionResponse::of).toList();
    }

    @GET
    @Path("{id}")
    public JobDescriptionResponse find(@PathParam("id") long id) {
        return JobDescriptionResponse.of(jobs.find(caller.id(), id));
    }

    private static void requireShort(String value, String field) {
        if (value != null && value.length() > MAX_FIELD) {
            throw ApplicationProblem.invalidField(field, "must have at most " + MAX_FIELD + " characters");
        }
    }
}
