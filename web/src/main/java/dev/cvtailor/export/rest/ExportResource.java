package dev.cvtailor.export.rest;

import dev.cvtailor.export.boundary.ExportService;
import dev.cvtailor.export.entity.ExportedFile;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.platform.rest.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("export")
@RolesAllowed({"user", "admin"})
@RequestScoped
public class ExportResource {

    @Inject
    ExportService exports;

    @Inject
    Caller caller;

    /** The document rendered as a file download; {@code X-Export-Id} names the export's log entry. */
    @POST
    @Path("{documentId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response export(@PathParam("documentId") long documentId, ExportRequest request) {
        if (request == null) {
            throw ApplicationProblem.invalidField("format", "must be pdf or docx");
        }
        ExportedFile file = exports.export(caller.id(), documentId, request.format(), request.template());
        return Response.ok(file.bytes(), file.format().mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.fileName() + "\"")
                .header("X-Export-Id", file.exportId())
                .build();
    }
}
