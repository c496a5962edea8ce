package dev.cvtailor.export.rest;

import dev.cvtailor.export.boundary.ExportService;
import dev.cvtailor.platform.rest.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /exports/{exportId}}: what an export held (evidence links) and how its parse-back check went. */
@Path("exports")
@RolesAllowed({"user", "admin"})
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ExportLogResource {

    @Inject
    ExportService exports;

    @Inject
    Caller caller;

    @GET
    @Path("{exportId}")
    public ExportLogResponse find(@PathParam("exportId") long exportId) {
        return ExportLogResponse.of(exports.log(caller.id(), exportId));
    }
}
