package dev.cvtailor.applications.rest;

import dev.cvtailor.applications.boundary.ApplicationService;
import dev.cvtailor.platform.rest.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** The caller's applications as CSV: {@code GET /applications.csv} (in: {@code POST /applications/import}). */
@Path("applications.csv")
@RolesAllowed({"user", "admin"})
@RequestScoped
public class ApplicationsCsvResource {

    @Inject
    ApplicationService applications;

    @Inject
    Caller caller;

    @GET
    @Produces("text/csv")
    public Response csv() {
        return Response.ok(applications.csv(caller.id()), "text/csv; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"applications.csv\"")
                .build();
    }
}
