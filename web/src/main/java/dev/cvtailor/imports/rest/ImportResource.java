package dev.cvtailor.imports.rest;

import java.net.URI;
import java.util.List;
import java.util.function.Function;

import dev.cvtailor.imports.boundary.ImportService;
import dev.cvtailor.imports.entity.ImportDraft;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.platform.rest.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A new import from what the user already has: {@code POST /import/cv} (part {@code file}: a PDF or .docx CV) and
 * {@code POST /import/linkedin} (part {@code file}: LinkedIn's data export ZIP). The file is read before anything
 * is kept: one that cannot or must not be read is refused (413, 422) and leaves nothing behind.
 */
@Path("import")
@RolesAllowed({"user", "admin"})
@RequestScoped
public class ImportResource {

    @Inject
    ImportService imports;

    @Inject
    Caller caller;

    @POST
    @Path("cv")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Response importCv(List<EntityPart> parts) {
        long owner = caller.id();
        return started(parts, file -> imports.startCv(owner, file.getContent(), file.getFileName().orElse(null)));
    }

    @POST
    @Path("linkedin")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Response importLinkedIn(List<EntityPart> parts) {
        long owner = caller.id();
        return started(parts, file -> imports.startLinkedIn(owner, file.getContent(), file.getFileName().orElse(null)));
    }

    private static Response started(List<EntityPart> parts, Function<EntityPart, ImportDraft> start) {
        EntityPart file = parts.stream().filter(p -> "file".equals(p.getName())).findFirst()
                .orElseThrow(() -> ApplicationProblem.invalidField("file", "a part named file with the document is required"));
        ImportDraft draft = start.apply(file);
        return Response.accepted(new ImportStarted(draft.getId(), draft.getStatus().name()))
                .location(URI.create("imports/" + draft.getId()))
                .build();
    }
}
